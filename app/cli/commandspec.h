#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QPair>
#include <QString>

namespace pjl {

// One CLI command as data: what parses its arguments, prints its --help and writes its section of
// the manual page, so the three never disagree.
struct CommandSpec
{
    QString name;                              // "load"
    QString synopsis;                          // "load --src_file F --dst_table T [OPTIONS]"
    QString description;                       // translated
    QList<QPair<QString, QString>> positional; // name, translated description
    QList<QCommandLineOption> options;

    void configure(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        for (const auto &[argument, text] : positional)
            parser.addPositionalArgument(argument, text);
        parser.addOptions(options);
    }
};

} // namespace pjl
