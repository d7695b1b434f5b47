#include "framing.h"

namespace pjl {

QString FramingText::name(Framing framing)
{
    switch (framing) {
    case Framing::Unknown:
        return QString();
    case Framing::Empty:
        return tr("Empty");
    case Framing::JsonLines:
        return tr("JSON Lines");
    case Framing::Concatenated:
        return tr("Concatenated");
    case Framing::Array:
        return tr("JSON array");
    case Framing::UnclosedArray:
        return tr("Unclosed array");
    }
    return QString();
}

QString FramingText::description(Framing framing)
{
    switch (framing) {
    case Framing::Unknown:
        return tr("Not detected yet");
    case Framing::Empty:
        return tr("The file holds no records");
    case Framing::JsonLines:
        return tr("One record per line (NDJSON / JSON Lines)");
    case Framing::Concatenated:
        return tr("Records one after another: pretty-printed, or several per line");
    case Framing::Array:
        return tr("A JSON array of records");
    case Framing::UnclosedArray:
        return tr("A JSON array without its closing ] (loaded all the same)");
    }
    return QString();
}

} // namespace pjl
