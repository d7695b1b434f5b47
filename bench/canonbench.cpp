// Throughput of JsonbCanonicalizer against JsonValidator on the records of one NDJSON file, one
// thread, records laid out back to back as in a RecordBatch (each followed by kPadding bytes).
//
//   pgjsonload-canonbench FILE.ndjson [REPEATS] [canonicalize]
//
// MB = 10^6 bytes of record text (newlines not counted). Each figure is the best of REPEATS runs
// (default 5), as wall time and as this thread's CPU time (the machine may be shared). With
// "canonicalize" only canonicalize() runs (for a profiler).

#include "jsonbcanonicalizer.h"
#include "jsoncompactor.h"
#include "jsonvalidator.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

using namespace pjl;

namespace {

struct Record
{
    size_t offset;
    size_t size;
};

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

struct Timing
{
    double wall = 1e300;
    double cpu = 1e300;
};

Timing best(int repeats, const std::function<void()> &run)
{
    Timing t;
    for (int i = 0; i < repeats; ++i) {
        const auto wall0 = std::chrono::steady_clock::now();
        const double cpu0 = threadCpuSeconds();
        run();
        const double cpu = threadCpuSeconds() - cpu0;
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
        t.wall = std::min(t.wall, wall);
        t.cpu = std::min(t.cpu, cpu);
    }
    return t;
}

void report(const char *what, double megabytes, const Timing &t)
{
    std::printf("%-28s %8.0f MB/s wall  %8.0f MB/s cpu  (%.3f s cpu, %.2f ms cpu per MB)\n", what,
                megabytes / t.wall, megabytes / t.cpu, t.cpu, 1000.0 * t.cpu / megabytes);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE.ndjson [REPEATS]\n", argv[0]);
        return 2;
    }
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    const bool all = argc <= 3 || std::strcmp(argv[3], "canonicalize") != 0;
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    const std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

    std::vector<char> batch;
    std::vector<Record> records;
    batch.reserve(file.size() + 64 * 1024);
    size_t recordBytes = 0;
    for (size_t pos = 0; pos < file.size();) {
        size_t eol = file.find('\n', pos);
        if (eol == std::string::npos)
            eol = file.size();
        if (eol > pos) {
            records.push_back({batch.size(), eol - pos});
            batch.insert(batch.end(), file.begin() + std::ptrdiff_t(pos), file.begin() + std::ptrdiff_t(eol));
            batch.insert(batch.end(), JsonValidator::kPadding, ' ');
            recordBytes += eol - pos;
        }
        pos = eol + 1;
    }
    const double megabytes = double(recordBytes) / 1e6;
    std::printf("%s: %zu records, %.1f MB, best of %d\n", argv[1], records.size(), megabytes, repeats);

    JsonValidator validator;
    size_t rejected = 0;
    const Timing validation = best(all ? repeats : 0, [&] {
        rejected = 0;
        for (const Record &r : records)
            rejected += !validator.check(batch.data() + r.offset, r.size).ok;
    });
    if (rejected)
        std::printf("(validator rejected %zu records; they are canonicalized all the same)\n", rejected);

    JsonbCanonicalizer canonicalizer;
    std::vector<char> out(batch.size());
    std::vector<size_t> lengths(records.size());
    const Timing canonical = best(repeats, [&] {
        for (size_t i = 0; i < records.size(); ++i) {
            const Record &r = records[i];
            const auto length =
                canonicalizer.canonicalize(batch.data() + r.offset, r.size, out.data() + r.offset);
            lengths[i] = length ? *length : ~size_t(0);
        }
    });
    size_t outBytes = 0;
    size_t changed = 0;
    size_t fallbacks = 0;
    for (size_t i = 0; i < records.size(); ++i) {
        const Record &r = records[i];
        if (lengths[i] == ~size_t(0)) {
            ++fallbacks;
            outBytes += r.size;
            continue;
        }
        outBytes += lengths[i];
        changed +=
            lengths[i] != r.size || std::memcmp(batch.data() + r.offset, out.data() + r.offset, r.size);
    }

    // As the reading thread would run it: each record canonicalized right after its validation,
    // while it is in the cache. The canonicalizer's share is this minus the validation alone.
    const Timing both = best(all ? repeats : 0, [&] {
        for (const Record &r : records) {
            if (validator.check(batch.data() + r.offset, r.size).ok)
                canonicalizer.canonicalize(batch.data() + r.offset, r.size, out.data() + r.offset);
        }
    });
    const Timing warm{both.wall - validation.wall, both.cpu - validation.cpu};

    std::vector<char> work;
    const Timing inPlace = best(all ? repeats : 0, [&] {
        work = batch; // restored each run; its cost is measured apart below
        for (const Record &r : records)
            canonicalizer.canonicalizeInPlace(work.data() + r.offset, r.size);
    });
    const Timing copyOnly = best(all ? repeats : 0, [&] { work = batch; });
    const Timing inPlaceNet{inPlace.wall - copyOnly.wall, inPlace.cpu - copyOnly.cpu};

    // JsonCompactor, the default form of pretty-printed records: whitespace dropped, keys as written.
    size_t compactBytes = 0;
    const Timing compact = best(all ? repeats : 0, [&] {
        compactBytes = 0;
        for (const Record &r : records)
            compactBytes += JsonCompactor::compact(batch.data() + r.offset, r.size, out.data() + r.offset);
    });

    if (all)
        report("JsonValidator::check", megabytes, validation);
    report("canonicalize", megabytes, canonical);
    const Timing portable = best(all ? repeats : 0, [&] {
        for (const Record &r : records)
            JsonCompactor::compactPortable(batch.data() + r.offset, r.size, out.data() + r.offset);
    });
    if (all) {
        report("JsonCompactor::compact", megabytes, compact);
        report("JsonCompactor::compactPortable", megabytes, portable);
    }
    if (all) {
        report("canonicalizeInPlace", megabytes, inPlaceNet);
        report("check + canonicalize", megabytes, both);
        report("canonicalize after check", megabytes, warm);
    }
    std::printf("records changed: %zu of %zu (%.1f%%), fallbacks %zu, output %.1f MB (%.2f%% of input)\n",
                changed, records.size(), 100.0 * double(changed) / double(records.size()), fallbacks,
                double(outBytes) / 1e6, 100.0 * double(outBytes) / double(recordBytes));
    if (all)
        std::printf("compact output %.1f MB (%.2f%% of input)\n", double(compactBytes) / 1e6,
                    100.0 * double(compactBytes) / double(recordBytes));
    return 0;
}
