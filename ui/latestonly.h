#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <type_traits>

namespace pjl {

// Runs work on the global thread pool and hands its result to done on owner's thread, unless a
// newer call with the same generation counter came after it: for questions (test this connection,
// read the journal) where only the latest answer matters. generation must live as long as owner.
template<typename Work, typename Done>
void runLatestOnly(QObject *owner, quint64 &generation, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    const quint64 mine = ++generation;
    auto *watcher = new QFutureWatcher<Result>(owner);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, owner,
                     [watcher, mine, &generation, done = std::move(done)] {
                         watcher->deleteLater();
                         if (mine == generation)
                             done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace pjl
