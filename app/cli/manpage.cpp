#include "manpage.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace pjl {

QString ManPage::escaped(const QString &text)
{
    QString out = text;
    out.replace(u'\\', u"\\e"_s);
    out.replace(u'-', u"\\-"_s);
    // A line starting with . or ' would be read as a request.
    QStringList lines = out.split(u'\n');
    for (QString &line : lines) {
        if (line.startsWith(u'.') || line.startsWith(u'\''))
            line.prepend(u"\\&"_s);
    }
    return lines.join(u'\n');
}

QString ManPage::render(const QString &helpText, const QList<CommandSpec> &commands, const QString &version)
{
    QString out;
    out += u".TH PGJSONLOAD 1 \"%1\" \"pgjsonload %2\" \"User Commands\"\n"_s.arg(
        QDate::currentDate().toString(Qt::ISODate), version);
    out += u".SH NAME\npgjsonload \\- load JSON flat files into a PostgreSQL jsonb column, in parallel\n"_s;
    out += u".SH SYNOPSIS\n"_s;
    for (const CommandSpec &command : commands)
        out += u".B pgjsonload\n"_s + escaped(command.synopsis) + u"\n.br\n"_s;
    out += u".B pgjsonload\n\\-\\-help | \\-\\-version | \\-\\-man\n"_s;
    // The general help minus its usage line: the same words as `pgjsonload --help`.
    out += u".SH DESCRIPTION\n.nf\n"_s + escaped(helpText.section(u'\n', 1).trimmed()) + u"\n.fi\n"_s;
    out += u".SH COMMANDS\n"_s;
    for (const CommandSpec &command : commands) {
        out += u".SS "_s + escaped(command.name) + u'\n';
        out += u".nf\n"_s + escaped(command.description) + u"\n.fi\n"_s;
        for (const auto &[argument, text] : command.positional)
            out += u".TP\n.I "_s + escaped(argument) + u'\n' + escaped(text) + u'\n';
        for (const QCommandLineOption &option : command.options) {
            QStringList names;
            for (const QString &name : option.names())
                names.append((name.size() == 1 ? u"\\-"_s : u"\\-\\-"_s) + escaped(name));
            out += u".TP\n.B "_s + names.join(u", "_s);
            if (!option.valueName().isEmpty())
                out += u" \" \"\\fI"_s + escaped(option.valueName()) + u"\\fR"_s;
            out += u'\n' + escaped(option.description()) + u'\n';
        }
    }
    out +=
        u".SH ENVIRONMENT\n"_s
        u"PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSSLROOTCERT, PGSSLCERT, PGSSLKEY and "
        u"the rest of libpq's variables, when no \\-\\-dsn is given; ~/.pgpass for passwords. "
        u"PJL_PG_BINDIR: the folder of initdb and pg_ctl for \\-\\-local. "
        u"PJL_GZIP=zlib: inflate with zlib even where ISA\\-L is built in.\n"_s;
    out +=
        u".SH FILES\n"_s
        u"~/.local/share/pgjsonload/pgjsonload.log (the log), ~/.local/share/pgjsonload/rejects/ (rejected "
        u"records without \\-\\-rejects), ~/.local/share/pgjsonload/sandbox (the \\-\\-local server; "
        u"/var/lib/pgjsonload/sandbox for root).\n"_s;
    out += u".SH EXIT STATUS\n"_s
           u"0 every record loaded; 3 finished, some records rejected; 1 a fatal error; 2 a usage error; "
           u"130 cancelled.\n"_s;
    out += u".SH SEE ALSO\n.BR pgjsonload\\-gui (1),\n.BR psql (1)\n"_s;
    return out;
}

} // namespace pjl
