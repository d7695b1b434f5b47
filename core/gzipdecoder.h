#pragma once

#include <QString>

#include <memory>

namespace pjl {

// Inflates one gzip stream member after member, from input the caller supplies into output the
// caller owns. Two engines: Intel's ISA-L (igzip, Debian libisal-dev) where it was found at build
// time, about five times faster than zlib on x86, which matters because on a machine shared with
// the server every client CPU-second comes out of PostgreSQL's; zlib otherwise, or when
// PJL_GZIP=zlib is set.
class GzipDecoder final
{
    Q_DISABLE_COPY_MOVE(GzipDecoder)

public:
    enum class Engine
    {
        Zlib,
        Isal,
    };

    enum class Status
    {
        Ok,        // made progress or needs more input or more room
        MemberEnd, // a gzip member ended (and its CRC matched); another may follow: nextMember()
        Failed,    // corrupt data: errorText()
    };

    static bool hasIsal();
    static Engine defaultEngine();

    explicit GzipDecoder(Engine engine = defaultEngine());
    ~GzipDecoder();

    Engine engine() const { return m_engine; }
    bool isValid() const; // false: the engine could not be set up

    void setInput(const char *data, size_t size);
    size_t inputLeft() const;

    // Writes at most room bytes at out; advances out and lowers room by what it wrote.
    Status inflate(char *&out, size_t &room);
    void nextMember();
    QString errorText() const { return m_error; }

private:
    struct Zlib;
    struct Isal;

    Engine m_engine;
    std::unique_ptr<Zlib> m_zlib;
    std::unique_ptr<Isal> m_isal;
    QString m_error;
};

} // namespace pjl
