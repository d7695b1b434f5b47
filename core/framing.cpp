#include "framing.h"

namespace pjl {

QString FramingText::name(Framing framing)
{
    switch (framing) {
    case Framing::Unknown:
        return tr("unknown");
    case Framing::Empty:
        return tr("empty");
    case Framing::JsonLines:
        return tr("JSON Lines");
    case Framing::Concatenated:
        return tr("concatenated");
    case Framing::Array:
        return tr("JSON array");
    case Framing::UnclosedArray:
        return tr("unclosed array");
    }
    return {};
}

} // namespace pjl
