#pragma once

#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace pjl {

// Rewrites one JSON record into the text jsonb would store, so the server's jsonb input finds
// every object already sorted (its qsort returns early on presorted keys: ~20% less server CPU):
//  - each object's members in jsonb's key order: shorter key first, equal lengths by memcmp of
//    the de-escaped key bytes (PostgreSQL's lengthCompareJsonbPair); of duplicate keys the last
//    one written wins, whole (no merging of object values), as in uniqueifyJsonbObject;
//  - keys, strings and numbers copied byte for byte (numeric keeps the scale written, 1.0 is not
//    1, and 1e400 fits no double; re-escaping could only cost time), whitespace dropped.
// Every output byte is an input byte or a punctuation byte that replaces one, so the output is
// never longer than the input (output size <= input size): the caller may write it back in place.
//
// canonicalize() and canonicalizeInPlace() take a record JsonValidator accepted (not deferred to
// the server), canonicalizeUncheckedInPlace() any record, all with JsonValidator::kPadding
// readable bytes after it. The scanner checks structure (brackets, commas, colons, where keys go),
// not tokens, and guards its own bounds: garbage yields nullopt or text with the same tokens.
//
// One instance per thread: it keeps its scratch buffers, so records cost no allocation once the
// buffers have grown to the largest record seen (they shrink again after a huge one).
class JsonbCanonicalizer final
{
    Q_DISABLE_COPY_MOVE(JsonbCanonicalizer)

public:
    // Records nested deeper go unchanged to the server: the emitter recurses once per level, about
    // 220 bytes of stack each (GCC 12, x86-64), so at most ~230 KB, within the smallest default
    // thread stack (512 KB on macOS). So do records of 4 GiB or more (32-bit offsets).
    static constexpr size_t kMaxDepth = 1024;

    JsonbCanonicalizer() = default;

    // Writes the canonical text to out (capacity >= size, not overlapping data) and returns its
    // length, or nullopt when the record is not handled (see kMaxDepth): send it as it is.
    std::optional<size_t> canonicalize(const char *data, size_t size, char *out);

    // The same, written over data itself; on nullopt data is unchanged.
    std::optional<size_t> canonicalizeInPlace(char *data, size_t size);

    // For a record nobody validated (same padding): canonicalizeInPlace(), but a record with
    // duplicate keys is refused (nullopt, data unchanged), since the member dropped could hold an
    // error the server must see. Otherwise the server's verdict on the output is its verdict on
    // the input: the scanner fails on any structure it does not follow, tokens are copied whole,
    // and neither whitespace next to punctuation nor the order of members bears on validity. (An
    // invalid escape in a key may sort it wrongly: that record is refused by the server anyway.)
    std::optional<size_t> canonicalizeUncheckedInPlace(char *data, size_t size);
    // The same written to out (capacity >= size, not overlapping data), as canonicalize() does;
    // on nullopt what out holds is undefined.
    std::optional<size_t> canonicalizeUnchecked(const char *data, size_t size, char *out);

private:
    // One scanned value. A container's subtree follows it on the tape; next skips it.
    struct Token
    {
        uint32_t begin;  // offset of its first byte in the input
        uint32_t length; // input bytes, for a container through its closing bracket
        uint32_t next;   // index of the first token after its subtree
        uint8_t kind;
        uint8_t flags;
    };

    // A container still open while scanning.
    struct Open
    {
        uint32_t token;
        bool object;
        bool clean;           // no whitespace, keys strictly ascending, every child clean
        uint32_t previousKey; // token of the previous key, or 0 (the root is never a key)
    };

    // One object member while its object is emitted.
    struct Member
    {
        const char *key; // de-escaped key bytes (the input itself unless escaped)
        uint32_t keyLength;
        uint32_t keyToken;
        uint32_t ordinal; // position in the object, for "last one wins"
    };

    bool scan(const char *data, size_t size);
    size_t emitRoot(const char *data, size_t size, char *out);
    char *emit(const char *data, uint32_t index, char *out);
    char *emitObject(const char *data, uint32_t index, char *out);
    const char *decodeKey(const char *data, const Token &key, uint32_t *length);
    std::optional<size_t> rewrite(const char *data, size_t size, char *out, bool refuseDuplicates);
    std::optional<size_t> rewriteInPlace(char *data, size_t size, bool refuseDuplicates);
    void release(size_t size);

    std::vector<Token> m_tape; // storage: the record's tokens are the first m_tapeSize
    uint32_t m_tapeSize = 0;
    std::vector<Open> m_open;
    std::vector<Member> m_members; // storage: the objects being emitted use the first m_membersUsed
    size_t m_membersUsed = 0;
    std::vector<char> m_decoded; // de-escaped keys of the current record
    size_t m_decodedUsed = 0;
    std::vector<char> m_inPlace; // canonicalizeInPlace's output before it is copied back
    bool m_droppedDuplicate = false;
};

} // namespace pjl
