#pragma once

#include "commandspec.h"

namespace pjl {

// pgjsonload(1) in man(7) markup, rendered from the CLI's own command definitions and help text:
// `pgjsonload --man`, which the build turns into the installed pgjsonload.1.
class ManPage final
{
public:
    static QString render(const QString &helpText, const QList<CommandSpec> &commands,
                          const QString &version);

private:
    static QString escaped(const QString &text); // backslashes, leading dots and quotes, dashes
};

} // namespace pjl
