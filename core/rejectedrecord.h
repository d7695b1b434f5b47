#pragma once

#include "error.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>

namespace pjl {

// A record that did not load, with where it was and why: the framer, the validator or the server
// said no. text is the raw record, cut at a preview length; textBytes is its full length.
struct RejectedRecord
{
    Error error; // file, record, line, offset, SQLSTATE, message
    QString table;
    QByteArray text;
    qint64 textBytes = 0;

    bool isTruncated() const { return textBytes > text.size(); }
};

using RejectedRecords = QList<RejectedRecord>;

} // namespace pjl

Q_DECLARE_METATYPE(pjl::RejectedRecord)
Q_DECLARE_METATYPE(pjl::RejectedRecords)
