// What the fuzz targets check of JsonbCanonicalizer, for every record JsonValidator accepted (and
// did not defer to the server). The loader sends each jsonb record through it and a wrong output
// would silently change the data, so beyond "no crash, no sanitizer report" (the buffers here are
// allocated to the byte: input + kPadding, output exactly the input's size):
//
//  1. Handled exactly when it should be: nullopt if and only if the record nests deeper than
//     kMaxDepth (counted here independently); on nullopt canonicalizeInPlace() leaves the record
//     as it was. (The other nullopt, records of 4 GiB or more, is beyond a fuzzer's reach.)
//  2. Agreement: the output is no longer than the input; canonicalize() and canonicalizeInPlace()
//     give the same bytes, the instance reused across inputs (as the loader reuses one per
//     thread) the same as a fresh one; neither touches the input (canonicalize) nor the padding.
//  3. The output is JSON PostgreSQL takes: JsonValidator accepts it without deferring, and so does
//     PgJsonReference; it has no whitespace outside strings; canonicalizing it again gives it back
//     unchanged (both calls: a fixed point).
//  4. Same data, in jsonb's order. Both texts are read into trees by an oracle that shares no code
//     with the canonicalizer, and the output's tree must be the input's after jsonb's rules:
//     per object, of members with equal keys the last one (key and whole value, no merging), the
//     kept members sorted by key length, then bytes (memcmp) of the de-escaped key; arrays as
//     they were. Compared: the kinds, every array element, every object's keys in order (so
//     they are strictly ascending: sorted and without duplicates), keys equal once de-escaped
//     and each written as one of the spellings that key had in the input object, strings and
//     numbers byte for byte as written in the input.
//
// The oracle, and why it is sound. simdjson's DOM gives the structure and the de-escaped keys and
// strings (its own unescaping, surrogate pairs included, is what the key order is computed from),
// and keeps an object's members in document order, duplicates included. It does not keep how a
// string or number was written (and fails on numbers beyond double, 1e400), so a raw scan of the
// same text lists every string token (keys included) and every number token in document order,
// and the DOM is parsed from a copy with each number token replaced by 0. A depth-first walk of
// the DOM meets strings, keys and numbers in document order too, so the n-th one it meets is the
// scan's n-th token. The pairing is verified, not assumed: the counts must match exactly, and a
// token without a backslash must be, between its quotes, the DOM's string. A mistake in the
// scanner thus shows up as a trap blaming the oracle ("oracle: ..."), never as a silent pass.
// The scan is simple because its text is valid JSON: outside strings, a number is a maximal run
// of -+.0-9eE starting with '-' or a digit (true/false/null start with letters, and valid JSON
// puts a separator between a number and anything else), a string runs to the first quote not
// escaped by a backslash.

#include "canonicalcheck.h"

#include "jsonbcanonicalizer.h"
#include "jsonvalidator.h"
#include "pgjsonreference.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using pjl::JsonbCanonicalizer;
using pjl::JsonValidator;

namespace pjl::fuzz {

namespace {

#define CANON_CHECK(condition, what) PJL_FUZZ_CHECK("canonical", condition, what)

constexpr size_t kPadding = JsonValidator::kPadding;
static_assert(kPadding >= simdjson::SIMDJSON_PADDING);

// A buffer of exactly size + padding bytes (so ASan sees any access beyond), the padding filled.
std::unique_ptr<char[]> padded(const char *data, size_t size, char paddingByte)
{
    std::unique_ptr<char[]> buffer(new char[size + kPadding]);
    std::memcpy(buffer.get(), data, size);
    std::memset(buffer.get() + size, paddingByte, kPadding);
    return buffer;
}

bool paddingIntact(const char *buffer, size_t size, char paddingByte)
{
    for (size_t i = 0; i < kPadding; ++i) {
        if (buffer[size + i] != paddingByte)
            return false;
    }
    return true;
}

// The raw scan of a valid JSON text (see the comment at the top).
struct Scan
{
    std::vector<std::string_view> strings; // string tokens with their quotes, keys included
    std::vector<std::string_view> numbers;
    size_t whitespace = 0;   // bytes outside strings
    size_t depth = 0;        // deepest nesting of containers
    std::string neutralized; // the text with every number token replaced by 0, then padding
    std::string compact;     // the text without whitespace outside strings
};

Scan scan(const char *data, size_t size)
{
    Scan s;
    s.neutralized.reserve(size + kPadding);
    size_t depth = 0;
    size_t i = 0;
    while (i < size) {
        const char c = data[i];
        if (c == '"') {
            size_t j = i + 1;
            while (j < size && data[j] != '"')
                j += data[j] == '\\' ? 2 : 1;
            CANON_CHECK(j < size, "oracle: strings of valid JSON end");
            s.strings.emplace_back(data + i, j + 1 - i);
            s.neutralized.append(data + i, j + 1 - i);
            s.compact.append(data + i, j + 1 - i);
            i = j + 1;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            size_t j = i;
            while (j < size && data[j] != '\0' && std::strchr("0123456789+-.eE", data[j]))
                ++j;
            s.numbers.emplace_back(data + i, j - i);
            s.neutralized.push_back('0');
            s.compact.append(data + i, j - i);
            i = j;
        } else {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                ++s.whitespace;
            else
                s.compact.push_back(c);
            if (c == '{' || c == '[')
                s.depth = std::max(s.depth, ++depth);
            else if (c == '}' || c == ']')
                --depth;
            s.neutralized.push_back(c);
            ++i;
        }
    }
    CANON_CHECK(depth == 0, "oracle: brackets of valid JSON balance");
    s.neutralized.append(kPadding, ' ');
    return s;
}

// One JSON value as the oracle reads it.
struct Member;
struct Node
{
    enum Kind : char
    {
        Null = 'n',
        True = 't',
        False = 'f',
        Number = '0',
        String = '"',
        Array = '[',
        Object = '{'
    };
    Kind kind = Null;
    std::string_view raw; // a string's or number's token as written
    std::string text;     // a string de-escaped (simdjson)
    std::vector<Node> elements;
    std::vector<Member> members; // in document order
};
struct Member
{
    std::string_view keyRaw; // with its quotes, as written
    std::string key;         // de-escaped
    Node value;
};

struct Builder
{
    const Scan &scan;
    size_t nextString = 0;
    size_t nextNumber = 0;

    std::string_view takeString(std::string_view decoded)
    {
        CANON_CHECK(nextString < scan.strings.size(), "oracle: a string token for each DOM string");
        const std::string_view raw = scan.strings[nextString++];
        if (raw.find('\\') == std::string_view::npos)
            CANON_CHECK(raw.substr(1, raw.size() - 2) == decoded, "oracle: DOM strings paired with tokens");
        return raw;
    }

    Node build(simdjson::dom::element element)
    {
        Node node;
        switch (element.type()) {
        case simdjson::dom::element_type::ARRAY:
            node.kind = Node::Array;
            {
                const simdjson::dom::array array = element.get_array().value_unsafe(); // outlives the loop
                for (simdjson::dom::element child : array)
                    node.elements.push_back(build(child));
            }
            break;
        case simdjson::dom::element_type::OBJECT:
            node.kind = Node::Object;
            {
                const simdjson::dom::object object = element.get_object().value_unsafe();
                for (simdjson::dom::key_value_pair field : object) {
                    Member member;
                    member.key = std::string(field.key);
                    member.keyRaw = takeString(field.key);
                    member.value = build(field.value);
                    node.members.push_back(std::move(member));
                }
            }
            break;
        case simdjson::dom::element_type::STRING: {
            node.kind = Node::String;
            const std::string_view text = element.get_string().value_unsafe();
            node.text = std::string(text);
            node.raw = takeString(text);
            break;
        }
        case simdjson::dom::element_type::INT64:
        case simdjson::dom::element_type::UINT64:
        case simdjson::dom::element_type::DOUBLE:
            node.kind = Node::Number;
            CANON_CHECK(nextNumber < scan.numbers.size(), "oracle: a number token for each DOM number");
            node.raw = scan.numbers[nextNumber++];
            break;
        case simdjson::dom::element_type::BOOL:
            node.kind = element.get_bool().value_unsafe() ? Node::True : Node::False;
            break;
        case simdjson::dom::element_type::NULL_VALUE:
            node.kind = Node::Null;
            break;
        }
        return node;
    }
};

Node readTree(simdjson::dom::parser &parser, const Scan &s)
{
    const size_t length = s.neutralized.size() - kPadding;
    simdjson::dom::element root;
    const simdjson::error_code error = parser.parse(s.neutralized.data(), length, false).get(root);
    if (error != simdjson::SUCCESS)
        std::fprintf(stderr, "simdjson: %s\n", simdjson::error_message(error));
    CANON_CHECK(error == simdjson::SUCCESS, "oracle: simdjson reads what the validator accepted");
    Builder builder{s};
    Node tree = builder.build(root);
    CANON_CHECK(builder.nextString == s.strings.size(), "oracle: every string token paired");
    CANON_CHECK(builder.nextNumber == s.numbers.size(), "oracle: every number token paired");
    return tree;
}

// jsonb's key order (lengthCompareJsonbPair): length, then memcmp of the de-escaped bytes.
struct JsonbKeyLess
{
    bool operator()(const std::string &a, const std::string &b) const
    {
        if (a.size() != b.size())
            return a.size() < b.size();
        return std::memcmp(a.data(), b.data(), a.size()) < 0;
    }
};

// in: the input's tree; out: the output's. out must be in after jsonb's rules.
void compare(const Node &in, const Node &out)
{
    CANON_CHECK(in.kind == out.kind, "same kind of value");
    switch (in.kind) {
    case Node::String:
        CANON_CHECK(in.raw == out.raw, "strings copied byte for byte");
        CANON_CHECK(in.text == out.text, "strings equal de-escaped");
        break;
    case Node::Number:
        CANON_CHECK(in.raw == out.raw, "numbers copied byte for byte");
        break;
    case Node::Array:
        CANON_CHECK(in.elements.size() == out.elements.size(), "arrays keep their elements");
        for (size_t i = 0; i < in.elements.size(); ++i)
            compare(in.elements[i], out.elements[i]);
        break;
    case Node::Object: {
        // jsonb's object, built here without sorting or deduplicating by hand: a map in jsonb's
        // key order, assigned in document order, so that the last of equal keys stays.
        std::map<std::string, const Member *, JsonbKeyLess> kept;
        std::map<std::string, std::set<std::string_view>, JsonbKeyLess> spellings;
        for (const Member &m : in.members) {
            kept[m.key] = &m;
            spellings[m.key].insert(m.keyRaw);
        }
        for (size_t i = 1; i < out.members.size(); ++i)
            CANON_CHECK(JsonbKeyLess{}(out.members[i - 1].key, out.members[i].key),
                        "keys strictly ascending in jsonb's order");
        CANON_CHECK(out.members.size() == kept.size(), "one member per distinct key");
        size_t i = 0;
        for (const auto &[key, member] : kept) {
            const Member &o = out.members[i++];
            CANON_CHECK(o.key == key, "the keys jsonb keeps, in its order");
            CANON_CHECK(spellings[key].count(o.keyRaw) == 1, "a key written as the input wrote it");
            compare(member->value, o.value); // the last one's value, whole
        }
        break;
    }
    case Node::Null:
    case Node::True:
    case Node::False:
        break;
    }
}

// How much was checked, printed when the fuzzer exits (run.sh greps it for the README's figures).
struct Counts
{
    size_t records = 0;   // records checked
    size_t deep = 0;      // of which beyond kMaxDepth (nullopt)
    size_t reordered = 0; // of which the output is not just the input without whitespace
    size_t bytes = 0;
    ~Counts()
    {
        std::fprintf(stderr,
                     "canonical: %zu records checked (%zu bytes), %zu beyond kMaxDepth, %zu with members "
                     "reordered or dropped\n",
                     records, bytes, deep, reordered);
    }
};
Counts s_counts;

void dump(const char *what, const char *data, size_t size)
{
    std::fprintf(stderr, "%s (%zu bytes): %.*s\n", what, size, int(std::min<size_t>(size, 400)), data);
}

} // namespace

void checkCanonical(const char *record, size_t size, char paddingByte)
{
    static JsonbCanonicalizer canonicalizer; // reused across inputs, as the loader reuses one per thread
    static JsonValidator validator;
    static simdjson::dom::parser parser; // its capacity grows as needed, its depth stays
    static const bool depthSet =
        parser.allocate(1 << 16, 4 * JsonbCanonicalizer::kMaxDepth) == simdjson::SUCCESS;
    CANON_CHECK(depthSet, "oracle: simdjson's parser allocated");
    CANON_CHECK(size > 0, "a valid record is not empty");

    const Scan in = scan(record, size);
    ++s_counts.records;
    s_counts.bytes += size;

    // 1. and 2.: both calls on buffers of exactly the sizes the contract gives them.
    const std::unique_ptr<char[]> input = padded(record, size, paddingByte);
    const std::unique_ptr<char[]> out(new char[size]);
    const std::optional<size_t> length = canonicalizer.canonicalize(input.get(), size, out.get());
    CANON_CHECK(std::memcmp(input.get(), record, size) == 0 && paddingIntact(input.get(), size, paddingByte),
                "canonicalize() leaves its input alone");
    const std::unique_ptr<char[]> inPlace = padded(record, size, paddingByte);
    const std::optional<size_t> inPlaceLength = canonicalizer.canonicalizeInPlace(inPlace.get(), size);
    CANON_CHECK(paddingIntact(inPlace.get(), size, paddingByte), "canonicalizeInPlace() stays in the record");
    CANON_CHECK(length.has_value() == (in.depth <= JsonbCanonicalizer::kMaxDepth),
                "nullopt exactly when nested deeper than kMaxDepth");
    CANON_CHECK(inPlaceLength.has_value() == length.has_value(), "both calls handle the same records");
    if (!length) {
        ++s_counts.deep;
        CANON_CHECK(std::memcmp(inPlace.get(), record, size) == 0, "on nullopt the record is unchanged");
        return;
    }
    const size_t n = *length;
    CANON_CHECK(n > 0 && n <= size, "output no longer than the input");
    if (*inPlaceLength != n || std::memcmp(inPlace.get(), out.get(), n) != 0) {
        dump("input", record, size);
        dump("canonicalize", out.get(), n);
        dump("canonicalizeInPlace", inPlace.get(), *inPlaceLength);
    }
    CANON_CHECK(*inPlaceLength == n && std::memcmp(inPlace.get(), out.get(), n) == 0,
                "canonicalize and canonicalizeInPlace agree");
    {
        JsonbCanonicalizer fresh;
        const std::unique_ptr<char[]> freshOut(new char[size]);
        const std::optional<size_t> freshLength = fresh.canonicalize(input.get(), size, freshOut.get());
        CANON_CHECK(freshLength == length && std::memcmp(freshOut.get(), out.get(), n) == 0,
                    "a used canonicalizer writes what a fresh one writes");
    }

    // 3. Valid, compact, a fixed point.
    const std::unique_ptr<char[]> output = padded(out.get(), n, paddingByte);
    const pjl::ValidationVerdict verdict = validator.check(output.get(), n);
    if (!verdict.ok) {
        dump("input", record, size);
        dump("output", out.get(), n);
    }
    CANON_CHECK(verdict.ok && !verdict.deferToServer, "JsonValidator accepts the output");
    CANON_CHECK(PgJsonReference::accepts(output.get(), n), "PgJsonReference accepts the output");
    const Scan outScan = scan(output.get(), n);
    CANON_CHECK(outScan.whitespace == 0, "no whitespace outside strings");
    if (std::string_view(output.get(), n) != in.compact)
        ++s_counts.reordered;
    CANON_CHECK(outScan.depth <= in.depth, "no deeper (a duplicate key may drop a deeper value)");
    {
        const std::unique_ptr<char[]> again(new char[n]);
        const std::optional<size_t> againLength = canonicalizer.canonicalize(output.get(), n, again.get());
        CANON_CHECK(againLength == n && std::memcmp(again.get(), output.get(), n) == 0,
                    "canonicalize() of the output is the output");
        const std::unique_ptr<char[]> againInPlace = padded(out.get(), n, paddingByte);
        const std::optional<size_t> againInPlaceLength =
            canonicalizer.canonicalizeInPlace(againInPlace.get(), n);
        CANON_CHECK(againInPlaceLength == n && std::memcmp(againInPlace.get(), output.get(), n) == 0,
                    "canonicalizeInPlace() of the output is the output");
    }

    // 4. The same data in jsonb's order. Trees are built one after the other: the parser's DOM
    // is reused, the trees own their strings and point into record and output only.
    const Node inTree = readTree(parser, in);
    const Node outTree = readTree(parser, outScan);
    compare(inTree, outTree);
}

} // namespace pjl::fuzz
