// The German translation is complete, and both executables show it:
//  - every message of translations/pgjsonload_de.ts is translated (placeholders, accelerators and
//    plural forms kept), and lupdate finds no text in the code that the file lacks;
//  - every window and dialog built under the German translation shows no English text (titles,
//    labels, buttons, menus, actions, tool tips, placeholders, headers, combo box items), compared
//    with the same widgets built under English;
//  - `pgjsonload --help` (and each command's --help) is German under a German locale.
// A text added to the code without its German fails here, whether or not lupdate was run.
#include "advancedoptionsdialog.h"
#include "appsettings.h"
#include "connectiondialog.h"
#include "journaldialog.h"
#include "journalmodel.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "passworddialog.h"
#include "rejectdialog.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QXmlStreamReader>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace pjl;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false;
    QStringList translations; // one, or one per plural form
};

QList<TsMessage> readTs(const QString &path)
{
    QList<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (xml.name() == "source"_L1) {
            message.source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            const QStringView type = xml.attributes().value("type"_L1);
            message.finished = type.isEmpty();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            out.append(message);
        }
    }
    return out;
}

QString tsPath()
{
    return QStringLiteral(PJL_SOURCE_DIR) + u"/translations/pgjsonload_de.ts"_s;
}

// Texts German shares with English: units, names, and words German borrowed. Kept short on
// purpose: anything else that reads the same in both is an untranslated text.
const QStringList kSameInGerman = {
    u" MiB"_s,
    u" s"_s,
    u"%1 MB/s"_s,
    u"%1 — pgjsonload"_s,
    u"%1/s"_s,
    u" (SQLSTATE %1)"_s,
    u"&Host:"_s,
    u"Details:"_s,
    u"MB/s"_s,
    u"P&ort:"_s,
    u"Server"_s,
    u"Status"_s,
    u"Text"_s,
    u"localhost"_s,
    u"pgjsonload"_s,
    u"~/.postgresql/root.crt"_s,
    // Qt's own (qtbase_de)
    u"OK"_s,
    u"&OK"_s,
};

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(n|[0-9]{1,2})"_s);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured());
    out.sort();
    return out;
}

// An accelerator is "&" before a letter or digit ("&&" is a literal ampersand).
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&')
            ++i;
        else if (text.at(i + 1).isLetterOrNumber())
            ++count;
    }
    return count;
}

bool hasLetters(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

QString withoutAccelerators(QString text)
{
    static const QRegularExpression re(u"&(?=[^&\\s])"_s);
    return text.remove(re);
}

// What a widget shows, in a stable order: the same widgets built twice yield lists of the same
// length whose entries correspond.
struct Shown
{
    QString where;
    QString text;
    bool data = false; // an item model's cell: may be a name from the data, the same in every language
};

class TextCollector
{
public:
    QList<Shown> collect(QWidget *top)
    {
        m_out.clear();
        m_seen.clear();
        addWidget(top);
        const QList<QWidget *> widgets = top->findChildren<QWidget *>();
        for (QWidget *w : widgets)
            addWidget(w);
        const QList<QAction *> actions = top->findChildren<QAction *>();
        for (QAction *a : actions)
            addAction(a);
        return m_out;
    }

private:
    void add(const QObject *o, const QString &what, const QString &text, bool data = false)
    {
        if (text.trimmed().isEmpty())
            return;
        const QString name = o->objectName().isEmpty() ? QString() : u'#' + o->objectName();
        m_out.append({QString::fromLatin1(o->metaObject()->className()) + name + u'.' + what, text, data});
    }

    void addAction(QAction *a)
    {
        if (m_seen.contains(a) || a->isSeparator())
            return;
        m_seen.insert(a);
        add(a, u"text"_s, a->text());
        add(a, u"iconText"_s, a->iconText());
        add(a, u"toolTip"_s, a->toolTip());
        add(a, u"statusTip"_s, a->statusTip());
        add(a, u"whatsThis"_s, a->whatsThis());
    }

    void addModel(const QObject *view, const QAbstractItemModel *model)
    {
        if (!model)
            return;
        for (Qt::Orientation o : {Qt::Horizontal, Qt::Vertical}) {
            const int sections = o == Qt::Horizontal ? model->columnCount() : 0; // row numbers say nothing
            for (int s = 0; s < sections; ++s) {
                add(view, u"header%1"_s.arg(s), model->headerData(s, o, Qt::DisplayRole).toString());
                add(view, u"headerTip%1"_s.arg(s), model->headerData(s, o, Qt::ToolTipRole).toString());
            }
        }
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                const QModelIndex index = model->index(r, c);
                add(view, u"cell%1,%2"_s.arg(r).arg(c), model->data(index, Qt::DisplayRole).toString(), true);
                add(view, u"cellTip%1,%2"_s.arg(r).arg(c), model->data(index, Qt::ToolTipRole).toString(),
                    true);
            }
        }
    }

    void addWidget(QWidget *w)
    {
        add(w, u"windowTitle"_s, w->isWindow() ? w->windowTitle() : QString());
        add(w, u"toolTip"_s, w->toolTip());
        add(w, u"statusTip"_s, w->statusTip());
        add(w, u"whatsThis"_s, w->whatsThis());
        add(w, u"accessibleName"_s, w->accessibleName());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(w, u"text"_s, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, u"text"_s, button->text());
        if (auto *box = qobject_cast<QGroupBox *>(w))
            add(w, u"title"_s, box->title());
        if (auto *menu = qobject_cast<QMenu *>(w))
            add(w, u"title"_s, menu->title());
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            add(w, u"title"_s, dock->windowTitle());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(w, u"placeholderText"_s, edit->placeholderText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            add(w, u"placeholderText"_s, edit->placeholderText());
        if (auto *edit = qobject_cast<QTextEdit *>(w))
            add(w, u"placeholderText"_s, edit->placeholderText());
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            add(w, u"specialValueText"_s, spin->specialValueText());
        if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            add(w, u"prefix"_s, spin->prefix());
            add(w, u"suffix"_s, spin->suffix());
        }
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            add(w, u"placeholderText"_s, combo->placeholderText());
            for (int i = 0; i < combo->count(); ++i) {
                add(w, u"item%1"_s.arg(i), combo->itemText(i));
                add(w, u"itemTip%1"_s.arg(i), combo->itemData(i, Qt::ToolTipRole).toString());
            }
        }
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(w, u"tab%1"_s.arg(i), tabs->tabText(i));
                add(w, u"tabTip%1"_s.arg(i), tabs->tabToolTip(i));
            }
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w))
            addModel(w, view->model());
        const QList<QAction *> actions = w->actions();
        for (QAction *a : actions)
            addAction(a);
    }

    QList<Shown> m_out;
    QSet<const QAction *> m_seen;
};

using WidgetFactory = std::function<std::unique_ptr<QWidget>()>;

// The sample data the widgets below show; a text that holds one is data, the same in any language.
const QStringList kSampleData = {u"/data/"_s, u"orders"_s, u"events"_s,
                                 u"invalid input syntax for type json"_s, u"db on localhost"_s};

bool isSampleData(const QString &text)
{
    return std::any_of(kSampleData.begin(), kSampleData.end(),
                       [&](const QString &data) { return text.contains(data); });
}

RejectedRecord sampleReject()
{
    RejectedRecord r;
    r.error.file = u"/data/orders.ndjson"_s;
    r.error.record = 7;
    r.error.line = 7;
    r.error.offset = 1234;
    r.error.message = u"invalid input syntax for type json"_s;
    r.error.sqlState = u"22P02"_s;
    r.table = u"orders"_s;
    r.text = "{\"id\": 7,}";
    r.textBytes = r.text.size();
    return r;
}

QList<LoadJournal::StatusRow> sampleJournal()
{
    QList<LoadJournal::StatusRow> rows;
    for (bool complete : {true, false}) {
        LoadJournal::StatusRow r;
        r.path = complete ? u"/data/a.json"_s : u"/data/b.json"_s;
        r.table = u"events"_s;
        r.complete = complete;
        r.records = complete ? 10 : 0;
        r.committed = 5;
        r.rows = 5;
        r.batches = 1;
        r.startedAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5));
        if (complete)
            r.finishedAt = r.startedAt;
        rows.append(r);
    }
    LoadJournal::StatusRow partial = rows.last();
    partial.path = u"/data/c.json"_s;
    partial.records = 10;
    rows.append(partial);
    return rows;
}

// `pgjsonload ARGS` under an environment without any locale variables but `locale`.
QString runCli(const QStringList &arguments, const QStringList &locale, int *exitCode = nullptr)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key == "LANG"_L1 || key == "LANGUAGE"_L1 || key.startsWith("LC_"_L1))
            env.remove(key);
    }
    for (const QString &assignment : locale)
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PJL_BIN_DIR) + u"/pgjsonload"_s, arguments);
    if (!p.waitForFinished(30000))
        return u"(pgjsonload did not finish)"_s;
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

Q_DECLARE_METATYPE(WidgetFactory)

class TestTranslations final : public QObject
{
    Q_OBJECT

private:
    QList<TsMessage> m_messages;
    QList<QRegularExpression> m_english; // the English texts that have a German of their own
    QSet<QString> m_allowed;             // texts that may read the same in both languages
    Translations m_translations;

    QString translationOf(const QString &context, const QString &source) const
    {
        for (const TsMessage &m : m_messages) {
            if (m.context == context && m.source == source && !m.translations.isEmpty())
                return m.translations.first();
        }
        return {};
    }

    // The text is one of the English sources, its placeholders filled with anything.
    bool looksEnglish(const QString &text) const
    {
        return std::any_of(m_english.begin(), m_english.end(),
                           [&](const QRegularExpression &re) { return re.match(text).hasMatch(); });
    }

    QList<Shown> shown(const QString &language, const WidgetFactory &make)
    {
        m_translations.install(language);
        std::unique_ptr<QWidget> widget = make();
        return TextCollector().collect(widget.get());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"pgjsonload-tests"_s);
        QCoreApplication::setApplicationName(u"tst_translations"_s);
        AppSettings().setLanguage(QString());
        m_messages = readTs(tsPath());
        QVERIFY2(m_messages.size() > 100, qPrintable(tsPath()));
        m_allowed = QSet<QString>(kSameInGerman.begin(), kSameInGerman.end());
        const QStringList languages = Translations::languages();
        for (const QString &language : languages)
            m_allowed.insert(LanguageMenu::languageName(language)); // each named in its own language
        static const QRegularExpression placeholder(u"%(n|[0-9]{1,2})"_s);
        for (const TsMessage &m : std::as_const(m_messages)) {
            if (m_allowed.contains(m.source) || m.numerus)
                continue; // numerus sources ("%n file(s)") never show as such
            for (const QString &variant : {m.source, withoutAccelerators(m.source)}) {
                QString pattern;
                const QStringList literals = variant.split(placeholder);
                if (!hasLetters(literals.join(QString())))
                    continue; // "%1 (%2)" says nothing about the language
                for (qsizetype i = 0; i < literals.size(); ++i)
                    pattern += (i ? u"(.*)"_s : QString()) + QRegularExpression::escape(literals.at(i));
                m_english.append(QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                                    QRegularExpression::DotMatchesEverythingOption));
            }
        }
    }

    void cleanupTestCase() { m_translations.remove(); }

    void languagesAreEnglishAndGerman()
    {
        QCOMPARE(Translations::languages(), (QStringList{u"en"_s, u"de"_s}));
        QCOMPARE(m_translations.install(u"de"_s), u"de"_s);
        QCOMPARE(QCoreApplication::translate("pjl::MainActions", "&Quit"), u"&Beenden"_s);
        QCOMPARE(QCoreApplication::translate("pjl::MainWindow", "Added %n file(s)", nullptr, 1),
                 u"1 Datei hinzugefügt"_s);
        QCOMPARE(m_translations.install(u"en"_s), u"en"_s);
        QCOMPARE(QCoreApplication::translate("pjl::MainWindow", "Added %n file(s)", nullptr, 1),
                 u"Added 1 file"_s);
        QCOMPARE(m_translations.install(u"fr"_s), u"en"_s); // no French: English, with its plural forms
        QCOMPARE(QCoreApplication::translate("pjl::MainWindow", "Added %n file(s)", nullptr, 2),
                 u"Added 2 files"_s);
    }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<int>("index");
        for (qsizetype i = 0; i < m_messages.size(); ++i) {
            const TsMessage &m = m_messages.at(i);
            const QString name = m.context + u": "_s + m.source.left(60).replace(u'\n', u' ');
            QTest::newRow(qPrintable(name)) << int(i);
        }
    }

    void everyMessageIsTranslated()
    {
        QFETCH(int, index);
        const TsMessage &m = m_messages.at(index);
        QVERIFY2(m.finished, "unfinished: translate it in translations/pgjsonload_de.ts");
        QCOMPARE(m.translations.size(), m.numerus ? 2 : 1); // German: singular and plural
        for (const QString &translation : m.translations) {
            QVERIFY2(!translation.isEmpty(), "empty translation");
            QCOMPARE(placeholders(translation), placeholders(m.source));
            QCOMPARE(accelerators(translation), accelerators(m.source));
            QCOMPARE(translation.endsWith(u'\n'), m.source.endsWith(u'\n'));
            if (!m_allowed.contains(m.source))
                QVERIFY2(translation != m.source, "the German is the English text");
        }
    }

    // lupdate over the code finds no text that the German file lacks: a tr() added without
    // `cmake --build build --target update_translations` and a translation fails here.
    void codeHasNoTextTheFileLacks()
    {
        const QString lupdate = QStringLiteral(PJL_LUPDATE);
        if (!QFile::exists(lupdate))
            QSKIP("lupdate not found");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(u"code_de.ts"_s);
        QStringList arguments{u"-silent"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s};
        for (const char *sub : {"core", "ui", "app/cli", "app/gui"})
            arguments.append(QStringLiteral(PJL_SOURCE_DIR) + u'/' + QLatin1StringView(sub));
        arguments << u"-ts"_s << ts;
        QProcess p;
        p.start(lupdate, arguments);
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QList<TsMessage> code = readTs(ts);
        QVERIFY(!code.isEmpty());
        QStringList missing;
        for (const TsMessage &c : code) {
            const bool known = std::any_of(m_messages.begin(), m_messages.end(), [&](const TsMessage &m) {
                return m.context == c.context && m.source == c.source && m.numerus == c.numerus;
            });
            if (!known)
                missing.append(c.context + u": "_s + c.source);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"texts without German (run the update_translations target, "
                                               "then translate them):\n"_s +
                                               missing.join(u'\n')));
    }

    void windowsShowNoEnglish_data()
    {
        QTest::addColumn<WidgetFactory>("make");
        QTest::newRow("main window") << WidgetFactory([] { return std::make_unique<MainWindow>(); });
        QTest::newRow("connection dialog")
            << WidgetFactory([] { return std::make_unique<ConnectionDialog>(); });
        QTest::newRow("load history") << WidgetFactory([] {
            auto dialog = std::make_unique<JournalDialog>();
            dialog->model()->setRows(sampleJournal());
            return dialog;
        });
        QTest::newRow("rejected record")
            << WidgetFactory([] { return std::make_unique<RejectDialog>(sampleReject()); });
        QTest::newRow("advanced options") << WidgetFactory([] {
            pjl::LoadOptions changed;
            changed.copyFormat = pjl::CopyFormat::Text; // the other item of the combo box
            return std::make_unique<AdvancedOptionsDialog>(changed);
        });
        QTest::newRow("password") << WidgetFactory(
            [] { return std::make_unique<PasswordDialog>(u"db on localhost"_s, false, true); });
        QTest::newRow("password, wrong") << WidgetFactory(
            [] { return std::make_unique<PasswordDialog>(u"db on localhost"_s, true, false); });
    }

    void windowsShowNoEnglish()
    {
        QFETCH(WidgetFactory, make);
        const QList<Shown> english = shown(u"en"_s, make);
        const QList<Shown> german = shown(u"de"_s, make);
        m_translations.install(u"en"_s);
        QVERIFY(!english.isEmpty());
        QCOMPARE(german.size(), english.size());
        QStringList untranslated;
        for (qsizetype i = 0; i < german.size(); ++i) {
            const Shown &de = german.at(i);
            const Shown &en = english.at(i);
            QCOMPARE(de.where, en.where);
            const bool same = !de.data && !isSampleData(de.text) && de.text == en.text &&
                              hasLetters(de.text) && !m_allowed.contains(de.text) &&
                              !m_allowed.contains(withoutAccelerators(de.text));
            if (same || looksEnglish(de.text))
                untranslated.append(de.where + u": "_s + de.text);
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(u"English under German:\n"_s + untranslated.join(u'\n')));
    }

    void languageMenuKeepsTheChoice()
    {
        QWidget window;
        auto *menu = new LanguageMenu(&window);
        QCOMPARE(menu->chosenLanguage(), QString());
        auto *german = menu->findChild<QAction *>(u"actionLanguage_de"_s);
        QVERIFY(german);
        QCOMPARE(german->text(), u"Deutsch"_s);
        german->trigger();
        QCOMPARE(AppSettings().language(), u"de"_s);
        QCOMPARE(menu->chosenLanguage(), u"de"_s);
        auto *message = window.findChild<QMessageBox *>(u"languageMessage"_s);
        QVERIFY(message); // applied at the next start, and it says so
        QVERIFY(message->text().contains(u"Deutsch"_s));
        message->close();
        QCOMPARE(LanguageMenu(&window).chosenLanguage(), u"de"_s); // read back from the settings

        menu->findChild<QAction *>(u"actionLanguage_system"_s)->trigger();
        QCOMPARE(AppSettings().language(), QString());
        QCOMPARE(LanguageMenu(&window).chosenLanguage(), QString());
    }

    void cliFollowsTheLocale_data()
    {
        QTest::addColumn<QStringList>("locale");
        QTest::addColumn<bool>("german");
        QTest::newRow("LANG=de_DE.UTF-8") << QStringList{u"LANG=de_DE.UTF-8"_s} << true;
        QTest::newRow("LANG=de_AT.UTF-8") << QStringList{u"LANG=de_AT.UTF-8"_s} << true;
        QTest::newRow("LC_ALL=de_DE.UTF-8 over LANG=C")
            << QStringList{u"LANG=C.UTF-8"_s, u"LC_ALL=de_DE.UTF-8"_s} << true;
        QTest::newRow("LC_MESSAGES=de_DE.UTF-8, LANG=C")
            << QStringList{u"LANG=C.UTF-8"_s, u"LC_MESSAGES=de_DE.UTF-8"_s} << true;
        QTest::newRow("LANGUAGE=de, LANG=en_US")
            << QStringList{u"LANG=en_US.UTF-8"_s, u"LANGUAGE=de"_s} << true;
        QTest::newRow("LC_ALL=C over LANG=de_DE")
            << QStringList{u"LANG=de_DE.UTF-8"_s, u"LC_ALL=C.UTF-8"_s} << false;
        QTest::newRow("LANG=C.UTF-8") << QStringList{u"LANG=C.UTF-8"_s} << false;
        QTest::newRow("LANG=en_US.UTF-8") << QStringList{u"LANG=en_US.UTF-8"_s} << false;
        QTest::newRow("no locale") << QStringList() << false;
        QTest::newRow("LANG=fr_FR.UTF-8 (no French)") << QStringList{u"LANG=fr_FR.UTF-8"_s} << false;
    }

    void cliFollowsTheLocale()
    {
        QFETCH(QStringList, locale);
        QFETCH(bool, german);
        QString english;
        for (const TsMessage &m : std::as_const(m_messages)) {
            if (m.context == "CliApplication"_L1 && m.source.startsWith("Usage: pgjsonload COMMAND"_L1))
                english = m.source;
        }
        QVERIFY(!english.isEmpty());
        int exitCode = -1;
        const QString help = runCli({u"--help"_s}, locale, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(help, german ? translationOf(u"CliApplication"_s, english) : english);
    }

    void cliCommandHelpIsGerman_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command : {"seed", "load", "status", "run"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }

    void cliCommandHelpIsGerman()
    {
        QFETCH(QString, command);
        const QString help = runCli({command, u"--help"_s}, {u"LANG=de_DE.UTF-8"_s});
        QVERIFY2(help.contains(u"Aufruf: "_s), qPrintable(help)); // QCommandLineParser's, from qtbase_de
        QVERIFY2(help.contains(u"Optionen:"_s), qPrintable(help));
        QStringList english;
        for (const TsMessage &m : std::as_const(m_messages)) {
            if (m.context != "CliApplication"_L1 || m_allowed.contains(m.source))
                continue;
            // The longest piece between placeholders: long enough not to occur by chance.
            static const QRegularExpression placeholder(u"%(n|[0-9]{1,2})"_s);
            QString piece;
            for (const QString &part : m.source.split(placeholder)) {
                if (part.size() > piece.size())
                    piece = part;
            }
            if (piece.trimmed().size() >= 12 && hasLetters(piece) && help.contains(piece))
                english.append(piece);
        }
        for (const char *qt : {"Usage:", "Options:", "Arguments:", "Displays help"}) {
            if (help.contains(QLatin1StringView(qt)))
                english.append(QLatin1StringView(qt));
        }
        QVERIFY2(english.isEmpty(), qPrintable(u"English in the German help:\n"_s + english.join(u'\n')));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
