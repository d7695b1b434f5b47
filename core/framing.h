#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace pjl {

// How a file's records are laid out, as the framer found it.
enum class Framing
{
    Unknown,      // not looked at yet
    Empty,        // no records
    JsonLines,    // one record per line (NDJSON / JSON Lines)
    Concatenated, // values one after another: pretty-printed, several per line, comma-separated
    Array,        // a JSON array of records
    UnclosedArray // an array without its closing ']' (the original tool's "broken array")
};

// How a framing is called where users see it (the window's file list, reports).
class FramingText
{
    Q_DECLARE_TR_FUNCTIONS(FramingText)

public:
    static QString name(Framing framing);        // "JSON Lines"; empty while Unknown
    static QString description(Framing framing); // a sentence, for tool tips
};

} // namespace pjl

Q_DECLARE_METATYPE(pjl::Framing)
