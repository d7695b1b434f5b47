// pgjsonload-datagen: deterministic sample and benchmark data for pgjsonload (see usage()).
#include "jsonwriter.h"
#include "outputfile.h"
#include "recordgenerator.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

using namespace pjl;

namespace {

const char kUsage[] =
    "Usage: pgjsonload-datagen [options]\n"
    "Writes deterministic, realistic JSON records for testing and benchmarking pgjsonload.\n"
    "\n"
    "  --kind events|weather|mixed    record kind (default events)\n"
    "  --framing ndjson|broken|array|pretty|concat   file layout (default ndjson)\n"
    "  --records N                    records per file (default 1000)\n"
    "  --bytes SIZE                   instead: stop after the record reaching SIZE uncompressed\n"
    "                                 bytes per file (suffix K, M, G = 1024-based)\n"
    "  --files K                      write K files into the directory --out (default 1)\n"
    "  --min-records N, --max-records N   per-file record count range when --files > 1 and\n"
    "                                 neither --records nor --bytes is given (default 20, 100)\n"
    "  --gzip                         gzip-compress, adding .gz to the names\n"
    "  --level L                      deflate level 0-9 (default 6)\n"
    "  --seed S                       (default 1); the same seed gives byte-identical output\n"
    "  --out PATH                     file, or directory with --files > 1 (created if missing);\n"
    "                                 \"-\" = stdout, the default for one uncompressed file\n"
    "  --help\n"
    "Options also accept --name=value. Files are named <kind>_00001.<ndjson|json>[.gz].\n"
    "Prints \"path records bytes\" per output to stderr. Exit 0 ok, 1 I/O error, 2 usage error.\n";

struct UsageError
{
    std::string message;
};

struct Framing
{
    std::string_view name;
    std::string_view prefix;
    std::string_view separator; // between records
    std::string_view lead;      // before each record
    std::string_view trail;     // after each record
    std::string_view suffix;
    int indentStep;
    int baseDepth;
};

// "broken" is what the original tool wrote: an array that is never closed.
constexpr Framing kFramings[] = {
    {"ndjson", "", "", "", "\n", "", 0, 0},         {"broken", "[", ",\n", "", "", "\n", 0, 0},
    {"array", "[\n", ",\n", "", "", "\n]\n", 0, 0}, {"pretty", "[\n", ",\n", "    ", "", "\n]\n", 4, 1},
    {"concat", "", "", "", "\n", "", 2, 0},
};

struct Options
{
    RecordKind kind = RecordKind::Events;
    std::string_view kindName = "events";
    const Framing *framing = &kFramings[0];
    std::uint64_t records = 1000;
    bool recordsGiven = false;
    std::uint64_t bytes = 0;
    std::uint64_t files = 1;
    std::uint64_t minRecords = 20;
    std::uint64_t maxRecords = 100;
    bool gzip = false;
    int level = 6;
    std::uint64_t seed = 1;
    std::string out = "-";
    bool outGiven = false;
};

std::uint64_t parseNumber(std::string_view name, std::string_view text, bool allowSuffix = false)
{
    std::uint64_t v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    std::string_view rest(end, static_cast<std::size_t>(text.data() + text.size() - end));
    int shift = 0;
    if (allowSuffix && rest.size() == 1) {
        const char c = static_cast<char>(rest[0] | 0x20);
        shift = c == 'k' ? 10 : c == 'm' ? 20 : c == 'g' ? 30 : -1;
        rest = shift < 0 ? rest : std::string_view();
    }
    if (ec != std::errc() || !rest.empty() || (shift && v > (~0ull >> shift)))
        throw UsageError{"invalid value for " + std::string(name) + ": '" + std::string(text) + "'"};
    return v << shift;
}

Options parseArgs(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::fputs(kUsage, stdout);
            std::exit(0);
        }
        std::string_view name = arg, value;
        bool hasValue = false;
        if (const auto eq = arg.find('='); arg.starts_with("--") && eq != arg.npos) {
            name = arg.substr(0, eq);
            value = arg.substr(eq + 1);
            hasValue = true;
        }
        const std::string n(name);
        auto needValue = [&] {
            if (!hasValue && i + 1 >= argc)
                throw UsageError{n + " needs a value"};
            return hasValue ? value : std::string_view(argv[++i]);
        };
        if (name == "--gzip") {
            if (hasValue)
                throw UsageError{"--gzip takes no value"};
            o.gzip = true;
        } else if (name == "--kind") {
            o.kindName = needValue();
            if (o.kindName == "events")
                o.kind = RecordKind::Events;
            else if (o.kindName == "weather")
                o.kind = RecordKind::Weather;
            else if (o.kindName == "mixed")
                o.kind = RecordKind::Mixed;
            else
                throw UsageError{"unknown --kind '" + std::string(o.kindName) + "' (events|weather|mixed)"};
        } else if (name == "--framing") {
            const auto v = needValue();
            o.framing = nullptr;
            for (const Framing &f : kFramings)
                if (f.name == v)
                    o.framing = &f;
            if (!o.framing)
                throw UsageError{"unknown --framing '" + std::string(v) +
                                 "' (ndjson|broken|array|pretty|concat)"};
        } else if (name == "--records") {
            o.records = parseNumber(name, needValue());
            o.recordsGiven = true;
        } else if (name == "--bytes") {
            o.bytes = parseNumber(name, needValue(), true);
        } else if (name == "--files") {
            o.files = parseNumber(name, needValue());
        } else if (name == "--min-records") {
            o.minRecords = parseNumber(name, needValue());
        } else if (name == "--max-records") {
            o.maxRecords = parseNumber(name, needValue());
        } else if (name == "--level") {
            const auto level = parseNumber(name, needValue());
            if (level > 9)
                throw UsageError{"--level must be 0-9"};
            o.level = static_cast<int>(level);
        } else if (name == "--seed") {
            o.seed = parseNumber(name, needValue());
        } else if (name == "--out") {
            o.out = needValue();
            o.outGiven = true;
        } else {
            throw UsageError{"unknown argument '" + std::string(arg) + "'"};
        }
    }
    if (o.recordsGiven && o.bytes)
        throw UsageError{"--records and --bytes exclude each other"};
    if ((o.recordsGiven && o.records == 0) || o.files == 0 || o.minRecords == 0 ||
        o.minRecords > o.maxRecords)
        throw UsageError{"record and file counts must be at least 1, and --min-records <= --max-records"};
    if (o.out.empty() || ((o.files > 1 || o.gzip) && (!o.outGiven || o.out == "-")))
        throw UsageError{
            "--out PATH is required with --gzip or --files > 1 (stdout only for one plain file)"};
    return o;
}

std::string fileName(const Options &o, std::uint64_t index)
{
    std::string ext = o.framing->name == "ndjson" ? ".ndjson" : ".json";
    if (o.gzip)
        ext += ".gz";
    // One file goes exactly where --out says, unless that is a directory.
    if (o.files == 1 && (o.out == "-" || !std::filesystem::is_directory(o.out)))
        return o.out;
    char number[24];
    std::snprintf(number, sizeof number, "_%05llu", static_cast<unsigned long long>(index));
    return (std::filesystem::path(o.out) / (std::string(o.kindName) + number + ext)).string();
}

void writeFile(const Options &o, std::uint64_t index)
{
    // Each file gets its own stream, so files of one run differ and any one of them can be
    // regenerated alone.
    std::uint64_t state = o.seed ^ (index * 0xD1B54A32D192ED03ull);
    const std::uint64_t seed = Rng::splitMix(state);
    std::uint64_t records = o.records;
    // Drawn from a stream of its own so the records do not shift when the count is given explicitly.
    if (o.files > 1 && !o.recordsGiven)
        records = static_cast<std::uint64_t>(Rng(~seed).range(static_cast<std::int64_t>(o.minRecords),
                                                              static_cast<std::int64_t>(o.maxRecords)));
    const std::string path = fileName(o, index);
    const Framing &f = *o.framing;
    OutputFile out(path, o.gzip, o.level);
    RecordGenerator generator(o.kind, seed);
    JsonWriter writer;
    std::string &buf = out.buffer();
    buf.append(f.prefix);
    std::uint64_t n = 0;
    for (;;) {
        if (n)
            buf.append(f.separator);
        buf.append(f.lead);
        writer.start(buf, f.indentStep, f.baseDepth);
        generator.write(writer);
        buf.append(f.trail);
        ++n;
        out.maybeFlush();
        if (o.bytes ? out.bytes() >= o.bytes : n >= records)
            break;
    }
    buf.append(f.suffix);
    const std::uint64_t total = out.bytes();
    out.close();
    std::fprintf(stderr, "%s %llu records %llu bytes\n", path.c_str(), static_cast<unsigned long long>(n),
                 static_cast<unsigned long long>(total));
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    try {
        o = parseArgs(argc, argv);
    } catch (const UsageError &e) {
        std::fprintf(stderr, "pgjsonload-datagen: %s\nTry 'pgjsonload-datagen --help'.\n", e.message.c_str());
        return 2;
    }
    try {
        if (o.files > 1) {
            std::error_code ec;
            std::filesystem::create_directories(o.out, ec);
            if (ec)
                throw IoError(o.out + ": cannot create directory: " + ec.message());
        }
        for (std::uint64_t i = 1; i <= o.files; ++i)
            writeFile(o, i);
    } catch (const IoError &e) {
        std::fprintf(stderr, "pgjsonload-datagen: %s\n", e.what());
        return 1;
    }
    return 0;
}
