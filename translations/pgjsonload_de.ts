<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CliApplication</name>
    <message>
        <source>Try &apos;pgjsonload --help&apos;.</source>
        <translation>&apos;pgjsonload --help&apos; zeigt die Hilfe.</translation>
    </message>
    <message>
        <source>libpq connection string or URI (default: PG* environment).</source>
        <translation>libpq-Verbindungszeichenfolge oder URI (Standard: PG*-Umgebungsvariablen).</translation>
    </message>
    <message>
        <source>Log file (default: %1).</source>
        <translation>Protokolldatei (Standard: %1).</translation>
    </message>
    <message>
        <source>Print only errors and the summary.</source>
        <translation>Nur Fehler und die Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>Also print informational messages.</source>
        <translation>Auch informative Meldungen ausgeben.</translation>
    </message>
    <message>
        <source>Cannot write the log file %1.</source>
        <translation>Die Protokolldatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>missing command (seed or load).</source>
        <translation>Befehl fehlt (seed oder load).</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Create table T (data jsonb NOT NULL) if it does not exist.</source>
        <translation>Legt Tabelle T (data jsonb NOT NULL) an, falls es sie noch nicht gibt.</translation>
    </message>
    <message>
        <source>Table to create, e.g. analytics.events.</source>
        <translation>Anzulegende Tabelle, z. B. analytics.events.</translation>
    </message>
    <message>
        <source>seed needs --dst_table.</source>
        <translation>seed braucht --dst_table.</translation>
    </message>
    <message>
        <source>Cannot create table %1: %2</source>
        <translation>Tabelle %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>seed: table %1 ready on %2.</source>
        <translation>seed: Tabelle %1 auf %2 ist bereit.</translation>
    </message>
    <message>
        <source>Table %1 is ready.</source>
        <translation>Tabelle %1 ist bereit.</translation>
    </message>
    <message>
        <source>Write rejected records to this NDJSON file.</source>
        <translation>Abgelehnte Datensätze in diese NDJSON-Datei schreiben.</translation>
    </message>
    <message>
        <source>Include subdirectories of directories.</source>
        <translation>Unterverzeichnisse von Verzeichnissen einbeziehen.</translation>
    </message>
    <message>
        <source>Fail if the table does not exist instead of creating it.</source>
        <translation>Abbrechen, wenn die Tabelle nicht existiert, statt sie anzulegen.</translation>
    </message>
    <message>
        <source>Empty the table (and forget its journal entries) before loading.</source>
        <translation>Die Tabelle vor dem Laden leeren (und ihre Einträge im Journal vergessen).</translation>
    </message>
    <message>
        <source>Load files again even though the journal says they were loaded (their earlier rows stay).</source>
        <translation>Dateien erneut laden, auch wenn sie laut Journal schon geladen wurden (ihre früheren Zeilen bleiben).</translation>
    </message>
    <message>
        <source>Keep no journal in the database: no resume, no exactly-once.</source>
        <translation>Kein Journal in der Datenbank führen: kein Fortsetzen, kein Genau-einmal.</translation>
    </message>
    <message>
        <source>How long to keep reconnecting to a server that went away (default 60).</source>
        <translation>Wie lange die Verbindung zu einem weggefallenen Server wieder aufgebaut wird (Standard 60).</translation>
    </message>
    <message>
        <source>Make every batch commit wait for the WAL flush (slower; by default only the commit that completes a file does).</source>
        <translation>Jeden Stapel-Commit auf das Schreiben des WAL warten lassen (langsamer; standardmäßig wartet nur der Commit, der eine Datei abschließt).</translation>
    </message>
    <message>
        <source>Largest record accepted, in MiB (default 64).</source>
        <translation>Größter angenommener Datensatz in MiB (Standard 64).</translation>
    </message>
    <message>
        <source>Load JSON files into a jsonb column.</source>
        <translation>JSON-Dateien in eine jsonb-Spalte laden.</translation>
    </message>
    <message>
        <source>File, directory or glob pattern to load; repeat for more.</source>
        <translation>Zu ladende Datei, Verzeichnis oder Glob-Muster; für weitere wiederholen.</translation>
    </message>
    <message>
        <source>Target table, e.g. analytics.events.</source>
        <translation>Zieltabelle, z. B. analytics.events.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (files go after --src_file).</source>
        <translation>Unerwartetes Argument &apos;%1&apos; (Dateien gehören hinter --src_file).</translation>
    </message>
    <message>
        <source>load needs at least one --src_file.</source>
        <translation>load braucht mindestens ein --src_file.</translation>
    </message>
    <message>
        <source>load needs --dst_table.</source>
        <translation>load braucht --dst_table.</translation>
    </message>
    <message>
        <source>List what the load journal knows: files, rows, rejects, complete or partial.</source>
        <translation>Zeigt, was das Ladejournal weiß: Dateien, Zeilen, Ablehnungen, vollständig oder teilweise.</translation>
    </message>
    <message>
        <source>Only this table.</source>
        <translation>Nur diese Tabelle.</translation>
    </message>
    <message>
        <source>The journal has no files%1.</source>
        <translation>Das Journal kennt keine Dateien%1.</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> für %1</translation>
    </message>
    <message>
        <source>STATUS    ROWS        REJECTS  FINISHED             TABLE / FILE</source>
        <translation>STATUS    ZEILEN      ABGEL.   BEENDET              TABELLE / DATEI</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>komplett</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>Run a load profile saved by pgjsonload-gui (or written by hand): its files, tables, connection and options. --dsn replaces the profile&apos;s connection; load options given here override the profile&apos;s.</source>
        <translation>Führt ein Ladeprofil aus, das pgjsonload-gui gespeichert hat (oder das von Hand geschrieben wurde): seine Dateien, Tabellen, Verbindung und Optionen. --dsn ersetzt die Verbindung des Profils; hier angegebene Ladeoptionen haben Vorrang vor denen des Profils.</translation>
    </message>
    <message>
        <source>The profile file (JSON).</source>
        <translation>Die Profildatei (JSON).</translation>
    </message>
    <message>
        <source>run needs exactly one profile file.</source>
        <translation>run braucht genau eine Profildatei.</translation>
    </message>
    <message>
        <source>run: profile %1.</source>
        <translation>run: Profil %1.</translation>
    </message>
    <message>
        <source>pgjsonload: rejected records are in %1</source>
        <translation>pgjsonload: Die abgelehnten Datensätze stehen in %1</translation>
    </message>
    <message>
        <source>pgjsonload: cancelled; %1 rows were committed. Run the same command again to resume.</source>
        <translation>pgjsonload: abgebrochen; %1 Zeilen wurden festgeschrieben. Derselbe Befehl setzt den Ladevorgang fort.</translation>
    </message>
    <message>
        <source>pgjsonload: error: %1</source>
        <translation>pgjsonload: Fehler: %1</translation>
    </message>
    <message>
        <source>Usage: pgjsonload COMMAND [OPTIONS]
Load JSON flat files (NDJSON, arrays, broken arrays, .gz) into a PostgreSQL jsonb column.

Commands:
  seed --dst_table T [--grant R] create table T (data jsonb NOT NULL) if it does not exist;
                                 --grant: and let role R load into it (journal included)
  load --src_file F --dst_table T [--chunk N] [--workers N] [--rejects FILE]
                                 load files, directories or glob patterns into T;
                                 run it again to resume: loaded files are skipped
  status [--dst_table T]         what the load journal knows about loaded files
  run PROFILE [--dsn DSN]        run a load profile saved by pgjsonload-gui (e.g. from cron)
  local start|stop|status        the private sandbox PostgreSQL that --local uses

Run &apos;pgjsonload COMMAND --help&apos; for the options of a command.
Connection: --dsn &quot;host=... dbname=...&quot; or postgresql://..., else the libpq environment
(PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, ~/.pgpass); --local for a private server
made from this computer&apos;s PostgreSQL programs.
Exit status: 0 all records loaded, 3 some rejected, 1 error, 2 usage error, 130 cancelled.
</source>
        <translation>Aufruf: pgjsonload BEFEHL [OPTIONEN]
Lädt JSON-Dateien (NDJSON, Arrays, defekte Arrays, .gz) in eine jsonb-Spalte von PostgreSQL.

Befehle:
  seed --dst_table T [--grant R] legt Tabelle T (data jsonb NOT NULL) an, falls es sie noch nicht gibt;
                                 --grant: und erlaubt Rolle R, in sie zu laden (Journal inklusive)
  load --src_file F --dst_table T [--chunk N] [--workers N] [--rejects DATEI]
                                 lädt Dateien, Verzeichnisse oder Glob-Muster in T;
                                 erneut aufgerufen setzt es fort: geladene Dateien werden übersprungen
  status [--dst_table T]         was das Ladejournal über geladene Dateien weiß
  run PROFIL [--dsn DSN]         führt ein mit pgjsonload-gui gespeichertes Ladeprofil aus (z. B. aus cron)
  local start|stop|status        das private Sandbox-PostgreSQL, das --local verwendet

&apos;pgjsonload BEFEHL --help&apos; zeigt die Optionen eines Befehls.
Verbindung: --dsn &quot;host=... dbname=...&quot; oder postgresql://..., sonst die libpq-Umgebung
(PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, ~/.pgpass); --local für einen privaten Server
aus den PostgreSQL-Programmen dieses Computers.
Rückgabewert: 0 alle Datensätze geladen, 3 einige abgelehnt, 1 Fehler, 2 Aufruffehler, 130 abgebrochen.
</translation>
    </message>
    <message>
        <source>Use the local sandbox PostgreSQL instead of a server: created and started when needed, stopped afterwards.</source>
        <translation>Das lokale Sandbox-PostgreSQL statt eines Servers verwenden: bei Bedarf angelegt und gestartet, danach beendet.</translation>
    </message>
    <message>
        <source>Leave the local sandbox PostgreSQL running afterwards.</source>
        <translation>Das lokale Sandbox-PostgreSQL danach weiterlaufen lassen.</translation>
    </message>
    <message>
        <source>Folder of the local sandbox PostgreSQL (default: %1).</source>
        <translation>Ordner des lokalen Sandbox-PostgreSQL (Standard: %1).</translation>
    </message>
    <message>
        <source>Folder holding PostgreSQL&apos;s initdb and pg_ctl (default: found on this computer).</source>
        <translation>Ordner mit initdb und pg_ctl von PostgreSQL (Standard: auf diesem Computer gesucht).</translation>
    </message>
    <message>
        <source>--local and --dsn exclude each other.</source>
        <translation>--local und --dsn schließen einander aus.</translation>
    </message>
    <message>
        <source>--local-dir, --pg-bindir and --keep-local go with --local.</source>
        <translation>--local-dir, --pg-bindir und --keep-local gehören zu --local.</translation>
    </message>
    <message>
        <source>Starting the local PostgreSQL…</source>
        <translation>Das lokale PostgreSQL wird gestartet…</translation>
    </message>
    <message>
        <source>Local PostgreSQL running in %1.</source>
        <translation>Lokales PostgreSQL läuft in %1.</translation>
    </message>
    <message>
        <source>Also create the load journal and grant ROLE what loading into T needs (run as the owner; ROLE then needs no other privilege).</source>
        <translation>Legt auch das Ladejournal an und gewährt ROLE, was das Laden in T braucht (als Eigentümer ausführen; ROLE braucht dann keine weiteren Rechte).</translation>
    </message>
    <message>
        <source>Cannot grant %1 loading into %2: %3</source>
        <translation>Rolle %1 kann das Laden in %2 nicht gewährt werden: %3</translation>
    </message>
    <message>
        <source>seed: role %1 may load into %2.</source>
        <translation>seed: Rolle %1 darf in %2 laden.</translation>
    </message>
    <message>
        <source>The local sandbox PostgreSQL: a private server made from this computer&apos;s PostgreSQL programs, which --local loads into.
  start   create it (first time) and start it; it keeps running
  stop    stop it
  status  whether it runs, and how to connect to it (e.g. with psql)</source>
        <translation>Das lokale Sandbox-PostgreSQL: ein privater Server aus den PostgreSQL-Programmen dieses Computers, in den --local lädt.
  start   anlegen (beim ersten Mal) und starten; er läuft danach weiter
  stop    beenden
  status  ob er läuft und wie man sich mit ihm verbindet (z. B. mit psql)</translation>
    </message>
    <message>
        <source>start, stop or status</source>
        <translation>start, stop oder status</translation>
    </message>
    <message>
        <source>local needs one of start, stop, status.</source>
        <translation>local braucht eines von start, stop, status.</translation>
    </message>
    <message>
        <source>The local PostgreSQL in %1 is stopped.</source>
        <translation>Das lokale PostgreSQL in %1 ist beendet.</translation>
    </message>
    <message>
        <source>There is no local PostgreSQL in %1 yet; &apos;pgjsonload local start&apos; creates it.</source>
        <translation>In %1 gibt es noch kein lokales PostgreSQL; &apos;pgjsonload local start&apos; legt es an.</translation>
    </message>
    <message>
        <source>The local PostgreSQL in %1 is not running.</source>
        <translation>Das lokale PostgreSQL in %1 läuft nicht.</translation>
    </message>
    <message>
        <source>Send every record as it was read.</source>
        <translation>Jeden Datensatz so senden, wie er gelesen wurde.</translation>
    </message>
    <message>
        <source>--raw and --canonical exclude each other.</source>
        <translation>--raw und --canonical schließen einander aus.</translation>
    </message>
    <message>
        <source>Parallel connections (default: one per core of the server where that can be read, else of this computer).</source>
        <translation>Parallele Verbindungen (Standard: eine je Kern des Servers, wo sich das lesen lässt, sonst je Kern dieses Computers).</translation>
    </message>
    <message>
        <source>Validate every record before sending it. By default records for a jsonb column are left to the server, which checks them anyway; only a batch it refuses is validated, and every record after it. Choose this for files known to hold many bad records.</source>
        <translation>Jeden Datensatz vor dem Senden prüfen. Standardmäßig bleiben Datensätze für eine jsonb-Spalte dem Server überlassen, der sie ohnehin prüft; nur ein Stapel, den er ablehnt, wird geprüft, und danach jeder Datensatz. Wählen Sie dies für Dateien, von denen bekannt ist, dass sie viele fehlerhafte Datensätze enthalten.</translation>
    </message>
    <message>
        <source>Send every record to a jsonb column in jsonb&apos;s own form: the same value with each object&apos;s keys in jsonb&apos;s order and no whitespace (the server does less, the loader more). By default one-line records go as read, and records spread over several lines (pretty-printed) in that form to a server elsewhere, without their whitespace (keys as written) to one on this computer.</source>
        <translation>Jeden Datensatz in jsonbs eigener Form an eine jsonb-Spalte senden: derselbe Wert, die Schlüssel jedes Objekts in jsonbs Reihenfolge und ohne Leerraum (der Server tut weniger, der Lader mehr). Standardmäßig gehen einzeilige Datensätze wie gelesen, und Datensätze über mehrere Zeilen (formatiert) in dieser Form an einen Server anderswo, ohne Leerraum (Schlüssel wie geschrieben) an einen auf diesem Computer.</translation>
    </message>
    <message>
        <source>Compress large records (over ~2 KB) the way the server&apos;s default_toast_compression says (pglz unless set). By default they are compressed with lz4 where the server has it and that setting was left at its default: half the server&apos;s work for such records, a few % more disk.</source>
        <translation>Große Datensätze (über ~2 KB) so komprimieren, wie default_toast_compression des Servers es vorgibt (pglz, wenn nicht gesetzt). Standardmäßig werden sie mit lz4 komprimiert, wo der Server es hat und diese Einstellung auf ihrem Standardwert steht: halb so viel Arbeit für den Server bei solchen Datensätzen, ein paar % mehr Plattenplatz.</translation>
    </message>
    <message>
        <source>Send rows in COPY&apos;s text format rather than its binary one, for a server or proxy that takes no binary COPY (the loader escapes every backslash, tab and line break).</source>
        <translation>Zeilen im Textformat von COPY statt im Binärformat senden, für einen Server oder Proxy, der kein binäres COPY annimmt (der Loader maskiert jeden Backslash, Tabulator und Zeilenumbruch).</translation>
    </message>
    <message>
        <source>--chunk needs a number of rows between 1 and %1.</source>
        <translation>--chunk braucht eine Zeilenzahl zwischen 1 und %1.</translation>
    </message>
    <message>
        <source>--workers needs a number between 1 and %1.</source>
        <translation>--workers braucht eine Zahl zwischen 1 und %1.</translation>
    </message>
    <message>
        <source>--max-record-mb needs a number between 1 and %1.</source>
        <translation>--max-record-mb braucht eine Zahl zwischen 1 und %1.</translation>
    </message>
    <message>
        <source>--retry-seconds needs a number of seconds between 1 and %1.</source>
        <translation>--retry-seconds braucht eine Anzahl Sekunden zwischen 1 und %1.</translation>
    </message>
    <message>
        <source>Rows per batch (default 10000).</source>
        <translation>Zeilen pro Stapel (Standard 10000).</translation>
    </message>
    <message>
        <source>Each worker sends its batches in one COPY and commits them together once they hold this many MiB of records (default 256: the server spends ~30% less on one long COPY than on one per batch); 0 commits every batch on its own.</source>
        <translation>Jeder Worker sendet seine Stapel in einem COPY und bestätigt sie gemeinsam, sobald sie so viele MiB an Datensätzen enthalten (Standard 256: der Server braucht für ein langes COPY rund 30 % weniger als für eines pro Stapel); 0 bestätigt jeden Stapel einzeln.</translation>
    </message>
    <message>
        <source>--commit-mb needs a number of MiB between 0 and %1.</source>
        <translation>--commit-mb braucht eine Zahl von MiB zwischen 0 und %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionString</name>
    <message>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>lokaler Socket</translation>
    </message>
    <message>
        <source>Local PostgreSQL (sandbox)</source>
        <translation>Lokales PostgreSQL (Sandbox)</translation>
    </message>
    <message>
        <source>Local PostgreSQL (sandbox in %1)</source>
        <translation>Lokales PostgreSQL (Sandbox in %1)</translation>
    </message>
</context>
<context>
    <name>CopySink</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>EncodingCheck</name>
    <message>
        <source>%1 is %2 (it starts with a byte order mark); only UTF-8 is read: convert it, e.g. iconv -f %3 -t UTF-8</source>
        <translation>%1 ist %2 (sie beginnt mit einer Byte-Order-Markierung); gelesen wird nur UTF-8: Konvertieren Sie sie, z. B. mit iconv -f %3 -t UTF-8</translation>
    </message>
    <message>
        <source>%1 is %2 (without a byte order mark, recognised by its zero bytes); only UTF-8 is read: convert it, e.g. iconv -f %3 -t UTF-8</source>
        <translation>%1 ist %2 (ohne Byte-Order-Markierung, an ihren Null-Bytes erkannt); gelesen wird nur UTF-8: Konvertieren Sie sie, z. B. mit iconv -f %3 -t UTF-8</translation>
    </message>
    <message>
        <source>%1 is a zip archive, not JSON text: unpack it first.</source>
        <translation>%1 ist ein Zip-Archiv, kein JSON-Text: Entpacken Sie es zuerst.</translation>
    </message>
    <message>
        <source>%1 is compressed with bzip2, xz or zstd; only gzip is read: decompress it first.</source>
        <translation>%1 ist mit bzip2, xz oder zstd komprimiert; gelesen wird nur gzip: Dekomprimieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>%1 is not JSON text: %2 of its first %3 bytes are control characters or invalid UTF-8 (binary data?).</source>
        <translation>%1 ist kein JSON-Text: %2 ihrer ersten %3 Bytes sind Steuerzeichen oder ungültiges UTF-8 (Binärdaten?).</translation>
    </message>
</context>
<context>
    <name>FileExpander</name>
    <message>
        <source>No file matches %1.</source>
        <translation>Keine Datei passt zu %1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read directory %1: permission denied.</source>
        <translation>Das Verzeichnis %1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
</context>
<context>
    <name>FileFingerprint</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>FileStateText</name>
    <message>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>wird geladen</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>already loaded</source>
        <translation>bereits geladen</translation>
    </message>
    <message>
        <source>changed since loaded</source>
        <translation>seit dem Laden geändert</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 M/s</source>
        <translation>%1 Mio./s</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
</context>
<context>
    <name>FramingText</name>
    <message>
        <source>JSON Lines</source>
        <translation>JSON-Lines</translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation>JSON-Array</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Concatenated</source>
        <translation>Aneinandergereiht</translation>
    </message>
    <message>
        <source>Unclosed array</source>
        <translation>Offenes Array</translation>
    </message>
    <message>
        <source>Not detected yet</source>
        <translation>Noch nicht erkannt</translation>
    </message>
    <message>
        <source>The file holds no records</source>
        <translation>Die Datei enthält keine Datensätze</translation>
    </message>
    <message>
        <source>One record per line (NDJSON / JSON Lines)</source>
        <translation>Ein Datensatz pro Zeile (NDJSON / JSON Lines)</translation>
    </message>
    <message>
        <source>Records one after another: pretty-printed, or several per line</source>
        <translation>Datensätze hintereinander: formatiert oder mehrere pro Zeile</translation>
    </message>
    <message>
        <source>A JSON array of records</source>
        <translation>Ein JSON-Array von Datensätzen</translation>
    </message>
    <message>
        <source>A JSON array without its closing ] (loaded all the same)</source>
        <translation>Ein JSON-Array ohne schließendes ] (wird trotzdem geladen)</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Read error in %1: %2</source>
        <translation>Lesefehler in %1: %2</translation>
    </message>
    <message>
        <source>%1 is truncated: the gzip stream ends before its end marker.</source>
        <translation>%1 ist abgeschnitten: Der gzip-Datenstrom endet vor seiner Endmarke.</translation>
    </message>
    <message>
        <source>%1 is not valid gzip data near compressed byte %2: %3</source>
        <translation>%1 enthält ungültige gzip-Daten bei komprimiertem Byte %2: %3</translation>
    </message>
    <message>
        <source>Cannot set up gzip decoding for %1</source>
        <translation>Die gzip-Dekodierung für %1 lässt sich nicht einrichten</translation>
    </message>
    <message>
        <source>%1 grew while it was being read (from %2 to %3 bytes): is it still being written? Load it once it is complete.</source>
        <translation>%1 ist beim Lesen gewachsen (von %2 auf %3 Bytes): Wird sie noch geschrieben? Laden Sie sie, wenn sie vollständig ist.</translation>
    </message>
    <message>
        <source>%1 was truncated while it was being read (from %2 to %3 bytes).</source>
        <translation>%1 wurde beim Lesen gekürzt (von %2 auf %3 Bytes).</translation>
    </message>
    <message>
        <source>%1 is corrupt: its gzip data from compressed byte %2 on fails the integrity check (%3, near compressed byte %4), so none of the records from there on were loaded.</source>
        <translation>%1 ist beschädigt: seine gzip-Daten ab komprimiertem Byte %2 bestehen die Integritätsprüfung nicht (%3, nahe komprimiertem Byte %4), daher wurde keiner der Datensätze ab dort geladen.</translation>
    </message>
    <message>
        <source>%1 changed since the load started (from %2 to %3 bytes); it is not loaded.</source>
        <translation>%1 hat sich seit Beginn des Ladevorgangs geändert (von %2 auf %3 Bytes); sie wird nicht geladen.</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: its gzip data from compressed byte %2 on ends before the end of its member, which therefore cannot be checked, so none of the records from there on were loaded.</source>
        <translation>%1 ist abgeschnitten oder beschädigt: seine gzip-Daten ab komprimiertem Byte %2 enden vor dem Ende ihres Members, das deshalb nicht geprüft werden kann, daher wurde keiner der Datensätze ab dort geladen.</translation>
    </message>
</context>
<context>
    <name>JsonValidator</name>
    <message>
        <source>invalid input syntax for type json: %1</source>
        <translation>ungültige Eingabesyntax für Typ json: %1</translation>
    </message>
    <message>
        <source>invalid byte sequence for encoding &quot;UTF8&quot;</source>
        <translation>ungültige Byte-Sequenz für Kodierung »UTF8«</translation>
    </message>
    <message>
        <source>invalid byte sequence for encoding &quot;UTF8&quot;: 0x00</source>
        <translation>ungültige Byte-Sequenz für Kodierung »UTF8«: 0x00</translation>
    </message>
</context>
<context>
    <name>LoadJournal</name>
    <message>
        <source>Cannot create the load journal (schema pgjsonload): %1</source>
        <translation>Das Ladejournal (Schema pgjsonload) kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The load journal (schema pgjsonload) was made by another version of pgjsonload; expected journal version %1. Drop or rename the schema to start a new journal.</source>
        <translation>Das Ladejournal (Schema pgjsonload) stammt von einer anderen Version von pgjsonload; erwartet wird Journalversion %1. Löschen oder benennen Sie das Schema um, um ein neues Journal zu beginnen.</translation>
    </message>
    <message>
        <source>The load journal (schema pgjsonload) does not exist and role %1 may not create it. Have the database owner create it once and grant it to you: pgjsonload seed --dst_table TABLE --grant %1; or load with --no-journal (no resume, no exactly-once).</source>
        <translation>Das Ladejournal (Schema pgjsonload) existiert nicht, und Rolle %1 darf es nicht anlegen. Lassen Sie es einmal vom Eigentümer der Datenbank anlegen und Ihnen gewähren: pgjsonload seed --dst_table TABELLE --grant %1; oder laden Sie mit --no-journal (kein Fortsetzen, kein Genau-einmal).</translation>
    </message>
    <message>
        <source>Role %1 may not write the load journal (schema pgjsonload). Have its owner grant it: pgjsonload seed --dst_table TABLE --grant %1; or load with --no-journal (no resume, no exactly-once).</source>
        <translation>Rolle %1 darf das Ladejournal (Schema pgjsonload) nicht schreiben. Lassen Sie es sich vom Eigentümer gewähren: pgjsonload seed --dst_table TABELLE --grant %1; oder laden Sie mit --no-journal (kein Fortsetzen, kein Genau-einmal).</translation>
    </message>
    <message>
        <source>Cannot grant role %1 the load journal: %2</source>
        <translation>Rolle %1 kann das Ladejournal nicht gewährt werden: %2</translation>
    </message>
    <message>
        <source>The load journal lists %1 for this table already, though it did not when the load started: is another pgjsonload loading it?</source>
        <translation>Das Ladejournal führt %1 für diese Tabelle bereits, obwohl es das beim Start des Ladens nicht tat: Lädt gerade ein anderes pgjsonload in diese Tabelle?</translation>
    </message>
</context>
<context>
    <name>LoadProfile</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; must be a whole number from %3 to %4.</source>
        <translation>„%1.%2“ muss eine ganze Zahl von %3 bis %4 sein.</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; must be true or false.</source>
        <translation>„%1.%2“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; must be a string.</source>
        <translation>„%1.%2“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>It is not valid JSON: %1 (%2).</source>
        <translation>Kein gültiges JSON: %1 (%2).</translation>
    </message>
    <message>
        <source>It is not a pgjsonload profile: the file must hold one JSON object.</source>
        <translation>Kein pgjsonload-Profil: Die Datei muss genau ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>It is not a pgjsonload profile: &quot;version&quot; is missing.</source>
        <translation>Kein pgjsonload-Profil: „version“ fehlt.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1.</source>
        <translation>„version“ muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>The profile has format version %1, written by a newer pgjsonload; this version reads format %2 and older. Please update pgjsonload.</source>
        <translation>Das Profil hat Formatversion %1 und wurde von einem neueren pgjsonload geschrieben; diese Version liest Format %2 und älter. Bitte aktualisieren Sie pgjsonload.</translation>
    </message>
    <message>
        <source>&quot;connection&quot; must be an object.</source>
        <translation>„connection“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>„%1“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;files&quot; is missing: it lists the files, directories or glob patterns to load, each with its table.</source>
        <translation>„files“ fehlt: Es führt die zu ladenden Dateien, Verzeichnisse oder Glob-Muster auf, jeweils mit ihrer Tabelle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with &quot;path&quot; (or &quot;glob&quot;) and &quot;table&quot;.</source>
        <translation>„%1“ muss ein Objekt mit „path“ (oder „glob“) und „table“ sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs either &quot;path&quot; or &quot;glob&quot;.</source>
        <translation>„%1“ braucht entweder „path“ oder „glob“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no &quot;table&quot;.</source>
        <translation>„%1“ hat keine „table“.</translation>
    </message>
    <message>
        <source>Cannot write the profile %1: %2</source>
        <translation>Das Profil %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the profile %1: %2</source>
        <translation>Das Profil %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The profile %1 is too large to be a pgjsonload profile.</source>
        <translation>Die Datei %1 ist zu groß für ein pgjsonload-Profil.</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>&quot;connection.local&quot; must be true or false.</source>
        <translation>„connection.local“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;options.record_form&quot; must be &quot;auto&quot;, &quot;canonical&quot; or &quot;raw&quot;, not &quot;%1&quot;.</source>
        <translation>&quot;options.record_form&quot; muss &quot;auto&quot;, &quot;canonical&quot; oder &quot;raw&quot; sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;options.copy_format&quot; must be &quot;binary&quot; or &quot;text&quot;, not &quot;%1&quot;.</source>
        <translation>&quot;options.copy_format&quot; muss &quot;binary&quot; oder &quot;text&quot; sein, nicht &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>%1 does not contain PostgreSQL&apos;s initdb and pg_ctl.</source>
        <translation>%1 enthält initdb und pg_ctl von PostgreSQL nicht.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s server programs (initdb, pg_ctl) were not found on this computer.</source>
        <translation>Die Serverprogramme von PostgreSQL (initdb, pg_ctl) wurden auf diesem Computer nicht gefunden.</translation>
    </message>
    <message>
        <source>Install PostgreSQL: on Debian or Ubuntu &quot;sudo apt install postgresql&quot;, on Fedora &quot;sudo dnf install postgresql-server&quot;, on macOS &quot;brew install postgresql&quot;, on Windows the installer from postgresql.org. If it is installed somewhere unusual, give the folder that holds initdb (--pg-bindir, or the PJL_PG_BINDIR environment variable).</source>
        <translation>Installieren Sie PostgreSQL: unter Debian oder Ubuntu „sudo apt install postgresql“, unter Fedora „sudo dnf install postgresql-server“, unter macOS „brew install postgresql“, unter Windows mit dem Installationsprogramm von postgresql.org. Liegt es an einem ungewöhnlichen Ort, geben Sie den Ordner mit initdb an (--pg-bindir oder die Umgebungsvariable PJL_PG_BINDIR).</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n second(s).</source>
        <translation>
            <numerusform>%1 wurde nicht innerhalb von %n Sekunde beendet.</numerusform>
            <numerusform>%1 wurde nicht innerhalb von %n Sekunden beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the local PostgreSQL.</source>
        <translation>Der Ordner %1 für das lokale PostgreSQL kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>PostgreSQL does not run as root and there is no user &quot;postgres&quot; to run it as: run pgjsonload as a normal user, or install PostgreSQL&apos;s package.</source>
        <translation>PostgreSQL läuft nicht als root, und es gibt keinen Benutzer „postgres“, unter dem es laufen könnte: Starten Sie pgjsonload als normaler Benutzer oder installieren Sie das Paket von PostgreSQL.</translation>
    </message>
    <message>
        <source>Cannot hand the folder %1 to the user &quot;postgres&quot;.</source>
        <translation>Der Ordner %1 kann nicht an den Benutzer „postgres“ übergeben werden.</translation>
    </message>
    <message>
        <source>The user &quot;postgres&quot; cannot reach %1 (a folder above it is private); choose another folder for the local PostgreSQL.</source>
        <translation>Der Benutzer „postgres“ kann %1 nicht erreichen (ein übergeordneter Ordner ist privat); wählen Sie einen anderen Ordner für das lokale PostgreSQL.</translation>
    </message>
    <message>
        <source>Could not create the local PostgreSQL in %1.</source>
        <translation>Das lokale PostgreSQL in %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The local PostgreSQL in %1 is not running.</source>
        <translation>Das lokale PostgreSQL in %1 läuft nicht.</translation>
    </message>
    <message>
        <source>The local PostgreSQL in %1 is still starting.</source>
        <translation>Das lokale PostgreSQL in %1 startet noch.</translation>
    </message>
    <message>
        <source>Another program is starting the local PostgreSQL in %1; try again.</source>
        <translation>Ein anderes Programm startet gerade das lokale PostgreSQL in %1; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not start the local PostgreSQL in %1.</source>
        <translation>Das lokale PostgreSQL in %1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Could not stop the local PostgreSQL in %1.</source>
        <translation>Das lokale PostgreSQL in %1 konnte nicht beendet werden.</translation>
    </message>
    <message>
        <source>The folder %1 for the local PostgreSQL&apos;s socket belongs to someone else; remove it and try again.</source>
        <translation>Der Ordner %1 für den Socket des lokalen PostgreSQL gehört jemand anderem; entfernen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Out of memory while connecting.</source>
        <translation>Zu wenig Speicher beim Verbinden.</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL: %1</source>
        <translation>Keine Verbindung zu PostgreSQL möglich: %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Lost the connection to the server</source>
        <translation>Die Verbindung zum Server ist abgebrochen</translation>
    </message>
    <message>
        <source>Cannot run a query</source>
        <translation>Die Abfrage kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Cannot start COPY</source>
        <translation>COPY kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Sending COPY data failed</source>
        <translation>Senden der COPY-Daten fehlgeschlagen</translation>
    </message>
    <message>
        <source>Ending COPY failed</source>
        <translation>Beenden von COPY fehlgeschlagen</translation>
    </message>
    <message>
        <source>Lost the connection during COPY</source>
        <translation>Die Verbindung ist während COPY abgebrochen</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>(nicht verbunden)</translation>
    </message>
    <message>
        <source>socket %1</source>
        <translation>Socket %1</translation>
    </message>
</context>
<context>
    <name>PgJsonRules</name>
    <message>
        <source>invalid input syntax for type json: Token &quot;%1&quot; is invalid.</source>
        <translation>ungültige Eingabesyntax für Typ json: Token »%1« ist ungültig.</translation>
    </message>
    <message>
        <source>value overflows numeric format</source>
        <translation>Wert verursacht Überlauf im »numeric«-Format</translation>
    </message>
    <message>
        <source>unsupported Unicode escape sequence: \u0000 cannot be converted to text</source>
        <translation>nicht unterstützte Unicode-Escape-Sequenz: \u0000 kann nicht in »text« umgewandelt werden</translation>
    </message>
    <message>
        <source>invalid input syntax for type json: Unicode low surrogate must follow a high surrogate</source>
        <translation>ungültige Eingabesyntax für Typ json: Unicode-Low-Surrogate muss auf ein High-Surrogate folgen</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>%1 files, %2 records loaded, %3 rejected, %4 MB read in %5 s (%6 MB/s)</source>
        <translation>%1 Dateien, %2 Datensätze geladen, %3 abgelehnt, %4 MB in %5 s gelesen (%6 MB/s)</translation>
    </message>
    <message>
        <source>; 1 file already loaded before, skipped</source>
        <translation>; 1 Datei war bereits geladen und wurde übersprungen</translation>
    </message>
    <message>
        <source>; %1 files already loaded before, skipped</source>
        <translation>; %1 Dateien waren bereits geladen und wurden übersprungen</translation>
    </message>
    <message>
        <source>; %1 rows were loaded by earlier runs</source>
        <translation>; %1 Zeilen wurden von früheren Läufen geladen</translation>
    </message>
    <message>
        <source>; cancelled</source>
        <translation>; abgebrochen</translation>
    </message>
    <message>
        <source>[%1%] %2/%3 files, %4 rows, %5 rejected, %6 MB/s, %7</source>
        <translation>[%1 %] %2/%3 Dateien, %4 Zeilen, %5 abgelehnt, %6 MB/s, %7</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>RecordFramer</name>
    <message>
        <source>the record is larger than %1 bytes (the maximum record size)</source>
        <translation>der Datensatz ist größer als %1 Bytes (die maximale Datensatzgröße)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>unexpected text between records</source>
        <translation>unerwarteter Text zwischen Datensätzen</translation>
    </message>
    <message>
        <source>the data ends inside this record (truncated record)</source>
        <translation>die Daten enden innerhalb dieses Datensatzes (abgeschnittener Datensatz)</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; between records</source>
        <translation>unerwartetes &apos;%1&apos; zwischen Datensätzen</translation>
    </message>
    <message>
        <source>a line ends inside a string (unterminated string)</source>
        <translation>eine Zeile endet innerhalb einer Zeichenkette (nicht abgeschlossene Zeichenkette)</translation>
    </message>
    <message>
        <source>a key outside an object (a record&apos;s opening brace is missing?)</source>
        <translation>ein Schlüssel außerhalb eines Objekts (fehlt die öffnende Klammer eines Datensatzes?)</translation>
    </message>
    <message>
        <source>mismatched &apos;%1&apos;</source>
        <translation>unpassendes &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>RejectWriter</name>
    <message>
        <source>Cannot write the rejects file %1: %2</source>
        <translation>Die Datei für abgelehnte Datensätze %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The rejects file is not open.</source>
        <translation>Die Datei für abgelehnte Datensätze ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>ResumePlanner</name>
    <message>
        <source>Reloading %1 as asked; the rows it loaded before stay.</source>
        <translation>%1 wird wie gewünscht erneut geladen; die früher geladenen Zeilen bleiben.</translation>
    </message>
    <message>
        <source>%1 changed since it was loaded into %2 (size, time or content); not loaded again. Use --reload (the &quot;Load again&quot; option) to load it on top of the rows already there.</source>
        <translation>%1 wurde geändert, seit die Datei in %2 geladen wurde (Größe, Zeit oder Inhalt); sie wird nicht erneut geladen. Mit --reload („Alle erneut laden“ im Fenster) wird sie zusätzlich zu den vorhandenen Zeilen geladen.</translation>
    </message>
    <message>
        <source>Resuming %1: %2 records were committed by an earlier run.</source>
        <translation>%1 wird fortgesetzt: %2 Datensätze wurden von einem früheren Lauf festgeschrieben.</translation>
    </message>
    <message>
        <source>Skipped %1 files already loaded into %2 before.</source>
        <translation>%1 bereits früher in %2 geladene Dateien übersprungen.</translation>
    </message>
    <message>
        <source>%1 changed since an earlier run, which loaded none of its records; loading it as it is now.</source>
        <translation>%1 hat sich seit einem früheren Lauf geändert, der keinen seiner Datensätze geladen hat; es wird so geladen, wie es jetzt ist.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 grew from %2 to %3 bytes since it was loaded, its first %2 bytes unchanged; loading what was appended.</source>
        <translation>%1 ist seit dem Laden von %2 auf %3 Bytes gewachsen, die ersten %2 Bytes unverändert; das Angehängte wird geladen.</translation>
    </message>
    <message>
        <source>%1: record %2, rejected because the file ended inside it, is read again from the grown file.</source>
        <translation>%1: Datensatz %2, abgelehnt, weil die Datei in ihm endete, wird aus der gewachsenen Datei erneut gelesen.</translation>
    </message>
</context>
<context>
    <name>SinkWorker</name>
    <message>
        <source>Lost the connection to the server (%1); reconnecting for up to %2 s.</source>
        <translation>Verbindung zum Server verloren (%1); neuer Verbindungsversuch für bis zu %2 s.</translation>
    </message>
    <message>
        <source>Reconnected after %1 s; resending the batch.</source>
        <translation>Nach %1 s wieder verbunden; der Stapel wird erneut gesendet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server stayed unreachable for %1 s (%2). Committed batches are safe: run the same load again to resume.</source>
        <translation>Der Server war %1 s lang nicht erreichbar (%2). Festgeschriebene Stapel sind sicher: Starten Sie denselben Ladevorgang erneut, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <source>The interrupted commit had gone through; nothing is resent.</source>
        <translation>Der unterbrochene Commit war durchgegangen; nichts wird erneut gesendet.</translation>
    </message>
    <message>
        <source>Loading into %1 failed: %2</source>
        <translation>Laden in %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The connection was lost while a batch was committing, and without the journal there is no knowing whether it did.</source>
        <translation>Die Verbindung ging verloren, während ein Stapel festgeschrieben wurde, und ohne Journal lässt sich nicht feststellen, ob das gelang.</translation>
    </message>
    <message>
        <source>The server refused a batch for %1 (%2): its records were checked here, and the good ones are sent again.</source>
        <translation>Der Server hat einen Stapel für %1 abgelehnt (%2): Seine Datensätze wurden hier geprüft, und die fehlerfreien werden erneut gesendet.</translation>
    </message>
    <message>
        <source>%1 From now on every record is checked before it is sent.</source>
        <translation>%1 Ab jetzt wird jeder Datensatz vor dem Senden geprüft.</translation>
    </message>
    <message>
        <source>%1 records of %2 that waited, uncommitted, for the check at the end of its gzip member were lost with the connection; they are read again once the other records are in.</source>
        <translation>%1 Datensätze aus %2, die noch nicht festgeschrieben auf die Prüfung am Ende ihres gzip-Members warteten, gingen mit der Verbindung verloren; sie werden erneut gelesen, sobald die übrigen Datensätze geladen sind.</translation>
    </message>
    <message>
        <source>The server refused a record for %1 (%2): the %3 records sent with it in one COPY are read again once the other records are in, and every batch commits on its own from now on.</source>
        <translation>Der Server hat einen Datensatz für %1 abgelehnt (%2): die %3 Datensätze, die mit ihm in einem COPY gesendet wurden, werden erneut gelesen, sobald die übrigen geladen sind, und ab jetzt wird jeder Stapel einzeln bestätigt.</translation>
    </message>
    <message>
        <source>%1 records sent to %2 in a transaction not yet committed were lost with the connection; they are read again once the other records are in.</source>
        <translation>%1 an %2 gesendete Datensätze einer noch nicht bestätigten Transaktion gingen mit der Verbindung verloren; sie werden erneut gelesen, sobald die übrigen geladen sind.</translation>
    </message>
    <message>
        <source>The server cancelled a COPY to %1 that spanned several batches (%2: a statement_timeout?): its %3 records are read again once the other records are in, and every batch commits on its own from now on.</source>
        <translation>Der Server hat ein COPY nach %1 abgebrochen, das mehrere Stapel umfasste (%2: ein statement_timeout?): seine %3 Datensätze werden erneut gelesen, sobald die übrigen geladen sind, und ab jetzt wird jeder Stapel einzeln bestätigt.</translation>
    </message>
</context>
<context>
    <name>TableName</name>
    <message>
        <source>The table name is empty.</source>
        <translation>Der Tabellenname ist leer.</translation>
    </message>
    <message>
        <source>A table name cannot contain a NUL character.</source>
        <translation>Ein Tabellenname darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>Unterminated quoted identifier in table name %1.</source>
        <translation>Nicht abgeschlossener Bezeichner in Anführungszeichen im Tabellennamen %1.</translation>
    </message>
    <message>
        <source>Zero-length quoted identifier in table name %1.</source>
        <translation>Leerer Bezeichner in Anführungszeichen im Tabellennamen %1.</translation>
    </message>
    <message>
        <source>Table name %1 has an empty part.</source>
        <translation>Der Tabellenname %1 hat einen leeren Teil.</translation>
    </message>
    <message>
        <source>Invalid table name %1: %2 must start with a letter or underscore (quote it, as in &quot;%3&quot;, to use it literally).</source>
        <translation>Ungültiger Tabellenname %1: %2 muss mit einem Buchstaben oder Unterstrich beginnen (in Anführungszeichen wie &quot;%3&quot; wird er wörtlich verwendet).</translation>
    </message>
    <message>
        <source>Invalid table name %1: %2 may contain only letters, digits, _ and $ (quote it, as in &quot;%3&quot;, to use it literally).</source>
        <translation>Ungültiger Tabellenname %1: %2 darf nur Buchstaben, Ziffern, _ und $ enthalten (in Anführungszeichen wie &quot;%3&quot; wird er wörtlich verwendet).</translation>
    </message>
    <message>
        <source>Identifier %1 is longer than %2 bytes, the most PostgreSQL keeps.</source>
        <translation>Der Bezeichner %1 ist länger als %2 Bytes, mehr behält PostgreSQL nicht.</translation>
    </message>
    <message>
        <source>Unexpected %1 after a quoted identifier in table name %2.</source>
        <translation>Unerwartetes %1 nach einem Bezeichner in Anführungszeichen im Tabellennamen %2.</translation>
    </message>
    <message>
        <source>Table name %1 ends with a dot.</source>
        <translation>Der Tabellenname %1 endet mit einem Punkt.</translation>
    </message>
    <message>
        <source>Table name %1 has more than two parts; use schema.table.</source>
        <translation>Der Tabellenname %1 hat mehr als zwei Teile; verwenden Sie schema.tabelle.</translation>
    </message>
</context>
<context>
    <name>TableSetup</name>
    <message>
        <source>Table %1 does not exist; create it first (pgjsonload seed) or allow creating it.</source>
        <translation>Die Tabelle %1 existiert nicht; legen Sie sie zuerst an (pgjsonload seed) oder erlauben Sie das Anlegen.</translation>
    </message>
    <message>
        <source>Table %1 has a NOT NULL column %2 without a default; pgjsonload fills only the column data.</source>
        <translation>Die Tabelle %1 hat eine NOT-NULL-Spalte %2 ohne Standardwert; pgjsonload füllt nur die Spalte data.</translation>
    </message>
    <message>
        <source>Table %1 has no column named data.</source>
        <translation>Die Tabelle %1 hat keine Spalte namens data.</translation>
    </message>
    <message>
        <source>Column data of table %1 has type %2; pgjsonload loads into jsonb, json or text.</source>
        <translation>Die Spalte data der Tabelle %1 hat den Typ %2; pgjsonload lädt in jsonb, json oder text.</translation>
    </message>
    <message>
        <source>Table %1 does not exist.</source>
        <translation>Tabelle %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Schema %1 does not exist; create it first (CREATE SCHEMA %1).</source>
        <translation>Schema %1 existiert nicht; legen Sie es zuerst an (CREATE SCHEMA %1).</translation>
    </message>
    <message>
        <source>Permission denied for schema %1: role %2 may not use it. Its owner can grant it: GRANT USAGE ON SCHEMA %1 TO %2;</source>
        <translation>Zugriff auf Schema %1 verweigert: Rolle %2 darf es nicht verwenden. Sein Eigentümer kann es gewähren: GRANT USAGE ON SCHEMA %1 TO %2;</translation>
    </message>
    <message>
        <source>Table %1 does not exist and role %2 may not create tables in schema %3. Have the schema&apos;s owner create it (pgjsonload seed --dst_table %1 --grant %2) or grant: GRANT CREATE ON SCHEMA %3 TO %2;</source>
        <translation>Tabelle %1 existiert nicht, und Rolle %2 darf in Schema %3 keine Tabellen anlegen. Lassen Sie sie vom Eigentümer des Schemas anlegen (pgjsonload seed --dst_table %1 --grant %2) oder gewähren Sie: GRANT CREATE ON SCHEMA %3 TO %2;</translation>
    </message>
    <message>
        <source>Permission denied for table %1: role %2 may not insert into it. Its owner can grant it: GRANT INSERT ON %1 TO %2;</source>
        <translation>Zugriff auf Tabelle %1 verweigert: Rolle %2 darf nicht in sie einfügen. Ihr Eigentümer kann es gewähren: GRANT INSERT ON %1 TO %2;</translation>
    </message>
</context>
<context>
    <name>WorkerCount</name>
    <message>
        <source>one per CPU core: the server runs on this computer</source>
        <translation>eine je CPU-Kern: der Server läuft auf diesem Computer</translation>
    </message>
    <message>
        <source>%1, at most %2</source>
        <translation>%1, höchstens %2</translation>
    </message>
    <message>
        <source>one per CPU core of this computer: the server&apos;s cores could not be read</source>
        <translation>eine je CPU-Kern dieses Computers: die Kerne des Servers ließen sich nicht lesen</translation>
    </message>
    <message numerus="yes">
        <source>one per core of the server (%n core(s))</source>
        <translation>
            <numerusform>eine je Kern des Servers (%n Kern)</numerusform>
            <numerusform>eine je Kern des Servers (%n Kerne)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pjl::AdvancedOptionsDialog</name>
    <message>
        <source>Wait for the WAL &amp;flush at every batch commit</source>
        <translation>Bei jedem Stapel-Commit auf das Schreiben des &amp;WAL warten</translation>
    </message>
    <message>
        <source>Compress large records with &amp;lz4</source>
        <translation>Große Datensätze mit &amp;lz4 komprimieren</translation>
    </message>
    <message>
        <source>Advanced Load Options</source>
        <translation>Erweiterte Ladeoptionen</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>A bigger record is rejected as too large instead of loaded. The loader holds a few batches in memory, and a record bigger than a batch is a batch of its own.</source>
        <translation>Ein größerer Datensatz wird als zu groß abgelehnt statt geladen. Der Lader hält einige Stapel im Speicher, und ein Datensatz, der größer als ein Stapel ist, bildet einen eigenen Stapel.</translation>
    </message>
    <message>
        <source>A batch is cut at this size even before it has its rows per batch, so that large records do not make large batches: the loader&apos;s memory is a few batches.</source>
        <translation>Ein Stapel wird bei dieser Größe abgeschlossen, auch bevor er seine Zeilen pro Stapel hat, damit große Datensätze keine großen Stapel ergeben: Der Speicher des Laders sind einige Stapel.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to keep reconnecting to a server that went away before the load stops. What was committed stays; loading again resumes.</source>
        <translation>Wie lange die Verbindung zu einem weggefallenen Server wieder aufgebaut wird, bevor der Ladevorgang abbricht. Festgeschriebenes bleibt; erneutes Laden setzt fort.</translation>
    </message>
    <message>
        <source>Slower. Otherwise a batch&apos;s commit does not wait for the server&apos;s write-ahead log to reach disk; the commit that marks a file complete does, and flushes all before it. A batch lost in a server crash loses its journal entry with it, so loading again loads it again: nothing is lost or doubled either way.</source>
        <translation>Langsamer. Sonst wartet der Commit eines Stapels nicht darauf, dass das Write-Ahead-Log des Servers auf der Platte ist; der Commit, der eine Datei abschließt, wartet und schreibt alles davor mit. Ein Stapel, der bei einem Serverabsturz verloren geht, verliert seinen Journaleintrag mit, also lädt erneutes Laden ihn noch einmal: Nichts geht verloren oder wird verdoppelt.</translation>
    </message>
    <message>
        <source>Records over about 2 KB are compressed by the server when it stores them. lz4 takes about half the server&apos;s time of its default (pglz), for a few percent more disk. Only where the server has lz4 (PostgreSQL 14 and later) and nobody chose its default_toast_compression; off: the server&apos;s own setting.</source>
        <translation>Datensätze über etwa 2 KB komprimiert der Server beim Speichern. lz4 braucht etwa die Hälfte der Serverzeit seines Standards (pglz), für einige Prozent mehr Plattenplatz. Nur wo der Server lz4 hat (PostgreSQL 14 und neuer) und niemand seine default_toast_compression gewählt hat; aus: die Einstellung des Servers.</translation>
    </message>
    <message>
        <source>Binary (fastest)</source>
        <translation>Binär (am schnellsten)</translation>
    </message>
    <message>
        <source>Text (for servers or proxies without binary COPY)</source>
        <translation>Text (für Server oder Proxys ohne binäres COPY)</translation>
    </message>
    <message>
        <source>How rows travel to the server. Text costs the loader more CPU; the server&apos;s work and the loaded values are the same.</source>
        <translation>Wie Zeilen zum Server gelangen. Text kostet den Lader mehr CPU; die Arbeit des Servers und die geladenen Werte sind gleich.</translation>
    </message>
    <message>
        <source>Largest &amp;record:</source>
        <translation>Größter &amp;Datensatz:</translation>
    </message>
    <message>
        <source>&amp;Batch at most:</source>
        <translation>&amp;Stapel höchstens:</translation>
    </message>
    <message>
        <source>Keep re&amp;connecting for:</source>
        <translation>Neu verbinden &amp;bis zu:</translation>
    </message>
    <message>
        <source>C&amp;OPY format:</source>
        <translation>C&amp;OPY-Format:</translation>
    </message>
    <message>
        <source>every batch</source>
        <translation>jeder Stapel</translation>
    </message>
    <message>
        <source>Co&amp;mmit every:</source>
        <translation>Be&amp;stätigen alle:</translation>
    </message>
    <message>
        <source>Each connection sends its batches in one COPY and commits them together once they hold this much: the server spends about a third less on one long COPY than on one per batch. What a crash or a lost connection catches uncommitted is loaded again (by this load or the next). 0: every batch commits on its own.</source>
        <translation>Jede Verbindung sendet ihre Stapel in einem COPY und bestätigt sie gemeinsam, sobald sie so viel enthalten: der Server braucht für ein langes COPY etwa ein Drittel weniger als für eines pro Stapel. Was ein Absturz oder eine verlorene Verbindung unbestätigt trifft, wird erneut geladen (von diesem oder dem nächsten Ladevorgang). 0: jeder Stapel wird einzeln bestätigt.</translation>
    </message>
</context>
<context>
    <name>pjl::ConnectionDialog</name>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>Im System-Schlüsselbund spei&amp;chern</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Database Connection</source>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database  or  host=… dbname=…</source>
        <translation>postgresql://benutzer@host:5432/datenbank  oder  host=… dbname=…</translation>
    </message>
    <message>
        <source>localhost or a socket directory</source>
        <translation>localhost oder ein Socket-Verzeichnis</translation>
    </message>
    <message>
        <source>same as the user name</source>
        <translation>wie der Benutzername</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <source>from ~/.pgpass or the keychain, or asked when needed</source>
        <translation>aus ~/.pgpass oder dem Schlüsselbund, oder bei Bedarf abgefragt</translation>
    </message>
    <message>
        <source>Passwords are never written to a pgjsonload file.</source>
        <translation>Passwörter werden nie in eine Datei von pgjsonload geschrieben.</translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation>Standard (prefer)</translation>
    </message>
    <message>
        <source>disable — never encrypt</source>
        <translation>disable — nie verschlüsseln</translation>
    </message>
    <message>
        <source>allow — encrypt if the server insists</source>
        <translation>allow — verschlüsseln, wenn der Server darauf besteht</translation>
    </message>
    <message>
        <source>prefer — encrypt if the server can</source>
        <translation>prefer — verschlüsseln, wenn der Server es kann</translation>
    </message>
    <message>
        <source>require — always encrypt</source>
        <translation>require — immer verschlüsseln</translation>
    </message>
    <message>
        <source>verify-ca — encrypt, check the certificate</source>
        <translation>verify-ca — verschlüsseln, Zertifikat prüfen</translation>
    </message>
    <message>
        <source>verify-full — encrypt, check certificate and host name</source>
        <translation>verify-full — verschlüsseln, Zertifikat und Hostnamen prüfen</translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt</source>
        <translation>~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>Zu&amp;letzt verwendet:</translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation>Verbindungs-URI</translation>
    </message>
    <message>
        <source>Paste a URI or libpq connection string to fill in the fields below.</source>
        <translation>Fügen Sie eine URI oder libpq-Verbindungszeichenfolge ein, um die Felder unten auszufüllen.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <source>Root &amp;certificate:</source>
        <translation>Stamm&amp;zertifikat:</translation>
    </message>
    <message>
        <source>Root Certificate</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No recent connections</source>
        <translation>Keine zuletzt verwendeten Verbindungen</translation>
    </message>
    <message>
        <source>Choose a recent connection…</source>
        <translation>Zuletzt verwendete Verbindung wählen…</translation>
    </message>
    <message>
        <source>No system keychain is available: use ~/.pgpass, or type the password when asked (it is kept in memory until you quit).</source>
        <translation>Kein System-Schlüsselbund verfügbar: Verwenden Sie ~/.pgpass oder geben Sie das Passwort bei Nachfrage ein (es bleibt bis zum Beenden im Speicher).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Verbunden mit %1 als %2.</translation>
    </message>
    <message>
        <source>The server asks for a password: type it in Password, or add it to ~/.pgpass.</source>
        <translation>Der Server verlangt ein Passwort: Geben Sie es unter Passwort ein oder tragen Sie es in ~/.pgpass ein.</translation>
    </message>
    <message>
        <source>Check the user name and the password.</source>
        <translation>Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>&amp;Local PostgreSQL (sandbox)</source>
        <translation>das lokale PostgreSQL (S&amp;andbox)</translation>
    </message>
    <message>
        <source>Local PostgreSQL (sandbox)</source>
        <translation>Lokales PostgreSQL (Sandbox)</translation>
    </message>
    <message>
        <source>&amp;Keep it running when pgjsonload quits</source>
        <translation>&amp;Weiterlaufen lassen, wenn pgjsonload beendet wird</translation>
    </message>
    <message>
        <source>~/.postgresql/postgresql.crt, if the server asks for one</source>
        <translation>~/.postgresql/postgresql.crt, falls der Server eines verlangt</translation>
    </message>
    <message>
        <source>~/.postgresql/postgresql.key (readable by you only)</source>
        <translation>~/.postgresql/postgresql.key (nur für Sie lesbar)</translation>
    </message>
    <message>
        <source>Load into:</source>
        <translation>Laden in:</translation>
    </message>
    <message>
        <source>A private PostgreSQL server on this computer, made from its installed PostgreSQL programs the first time and started when needed. Only you can connect to it.</source>
        <translation>Ein privater PostgreSQL-Server auf diesem Computer, beim ersten Mal aus den installierten PostgreSQL-Programmen eingerichtet und bei Bedarf gestartet. Nur Sie können sich mit ihm verbinden.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Ord&amp;ner:</translation>
    </message>
    <message>
        <source>Folder of the Local PostgreSQL</source>
        <translation>Ordner des lokalen PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Programs:</source>
        <translation>Pro&amp;gramme:</translation>
    </message>
    <message>
        <source>Folder Holding initdb and pg_ctl</source>
        <translation>Ordner mit initdb und pg_ctl</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation>Schlüssel (*.key *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Looking for PostgreSQL&apos;s programs…</source>
        <translation>PostgreSQL-Programme werden gesucht…</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s programs are in %1.</source>
        <translation>Die PostgreSQL-Programme liegen in %1.</translation>
    </message>
    <message>
        <source>Starting the local PostgreSQL…</source>
        <translation>Das lokale PostgreSQL wird gestartet…</translation>
    </message>
    <message>
        <source>A PostgreSQL ser&amp;ver</source>
        <translation>einen PostgreSQL-Ser&amp;ver</translation>
    </message>
    <message>
        <source>Client certi&amp;ficate:</source>
        <translation>Client-Zerti&amp;fikat:</translation>
    </message>
    <message>
        <source>Client ke&amp;y:</source>
        <translation>Client-Schlüss&amp;el:</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>gefunden: %1</translation>
    </message>
</context>
<context>
    <name>pjl::FileListModel</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Loaded, with rejects</source>
        <translation>Geladen, mit Ablehnungen</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>Already loaded</source>
        <translation>Bereits geladen</translation>
    </message>
    <message>
        <source>Changed since loaded</source>
        <translation>Seit dem Laden geändert</translation>
    </message>
    <message>
        <source>Target table of %1 (double-click or F2 to change)</source>
        <translation>Zieltabelle von %1 (Doppelklick oder F2 zum Ändern)</translation>
    </message>
    <message>
        <source>An earlier load brought this file in completely (%1 rows); it was skipped. Choose Load All Again to load it once more.</source>
        <translation>Ein früherer Ladevorgang hat diese Datei vollständig geladen (%1 Zeilen); sie wurde übersprungen. Wählen Sie „Alle erneut laden“, um sie noch einmal zu laden.</translation>
    </message>
    <message>
        <source>This file was loaded before and has changed since; it was not loaded again. Choose Load All Again to load the new content as well.</source>
        <translation>Diese Datei wurde schon einmal geladen und hat sich seitdem geändert; sie wurde nicht erneut geladen. Wählen Sie „Alle erneut laden“, um auch den neuen Inhalt zu laden.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>Zieltabelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Rows loaded</source>
        <translation>Geladene Zeilen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>Target tables cannot change while a load is running.</source>
        <translation>Zieltabellen können während eines Ladevorgangs nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1 rows loaded by this run, %2 by earlier runs</source>
        <translation>%1 Zeilen von diesem Lauf geladen, %2 von früheren Läufen</translation>
    </message>
</context>
<context>
    <name>pjl::FileListView</name>
    <message>
        <source>Drop JSON files or folders here</source>
        <translation>JSON-Dateien oder Ordner hierher ziehen</translation>
    </message>
    <message>
        <source>or use Add Files… and Add Folder…
NDJSON, JSON arrays (even without the closing ]) and .gz files; each file goes to the table named after it unless you change it.</source>
        <translation>oder „Dateien hinzufügen…“ und „Ordner hinzufügen…“ verwenden
NDJSON, JSON-Arrays (auch ohne schließendes ]) und .gz-Dateien; jede Datei kommt in die nach ihr benannte Tabelle, sofern Sie das nicht ändern.</translation>
    </message>
    <message>
        <source>Unclosed array</source>
        <translation>Offenes Array</translation>
    </message>
    <message>
        <source>Loaded, with rejects</source>
        <translation>Geladen, mit Ablehnungen</translation>
    </message>
</context>
<context>
    <name>pjl::FileScanner</name>
    <message>
        <source>%1 contains no JSON files (*.json, *.jsonl, *.ndjson, and .gz).</source>
        <translation>%1 enthält keine JSON-Dateien (*.json, *.jsonl, *.ndjson und .gz).</translation>
    </message>
</context>
<context>
    <name>pjl::JournalDialog</name>
    <message>
        <source>Only partly loaded files</source>
        <translation>Nur teilweise geladene Dateien</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load History</source>
        <translation>Ladeverlauf</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Alle Tabellen</translation>
    </message>
    <message>
        <source>A table name (schema.table) to show only the files loaded into it</source>
        <translation>Ein Tabellenname (schema.tabelle), um nur die darin geladenen Dateien zu zeigen</translation>
    </message>
    <message>
        <source>Files whose load stopped part way: loading them again resumes them</source>
        <translation>Dateien, deren Laden unterwegs abbrach: erneutes Laden setzt sie fort</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>Reading the load journal from %1…</source>
        <translation>Das Ladejournal von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the load journal: %1</source>
        <translation>Das Ladejournal konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing has been loaded into %1 yet: the load journal is empty.</source>
        <translation>In %1 wurde noch nichts geladen: Das Ladejournal ist leer.</translation>
    </message>
    <message>
        <source>The load journal has no files for %1.</source>
        <translation>Das Ladejournal hat keine Dateien für %1.</translation>
    </message>
    <message>
        <source>%1, in %2.</source>
        <translation>%1, auf %2.</translation>
    </message>
</context>
<context>
    <name>pjl::JournalModel</name>
    <message>
        <source>Every record of the file is in the table or among the rejects.</source>
        <translation>Jeder Datensatz der Datei steht in der Tabelle oder unter den Ablehnungen.</translation>
    </message>
    <message>
        <source>Part of the file is committed; loading it again into %1 resumes after the committed records.</source>
        <translation>Ein Teil der Datei ist festgeschrieben; erneutes Laden in %1 setzt nach den festgeschriebenen Datensätzen fort.</translation>
    </message>
    <message>
        <source>The end of the file has not been committed yet, so its record count is not known.</source>
        <translation>Das Ende der Datei ist noch nicht festgeschrieben, daher ist die Zahl ihrer Datensätze unbekannt.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Partial (%1%)</source>
        <translation>Teilweise (%1 %)</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 bisher</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1 complete, %2 partial; %3 rows loaded, %4 rejected</source>
        <translation>
            <numerusform>%n Datei: %1 vollständig, %2 teilweise; %3 Zeilen geladen, %4 abgelehnt</numerusform>
            <numerusform>%n Dateien: %1 vollständig, %2 teilweise; %3 Zeilen geladen, %4 abgelehnt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pjl::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>pgjsonload will follow the system&apos;s language from its next start.</source>
        <translation>pgjsonload folgt ab dem nächsten Start der Sprache des Systems.</translation>
    </message>
    <message>
        <source>pgjsonload will be in %1 from its next start.</source>
        <translation>Sprache von pgjsonload ab dem nächsten Start: %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>pjl::LoadController</name>
    <message numerus="yes">
        <source>Starting a load of %n file(s) into %1.</source>
        <translation>
            <numerusform>Ein Ladevorgang von %n Datei nach %1 beginnt.</numerusform>
            <numerusform>Ein Ladevorgang von %n Dateien nach %1 beginnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The load stopped: %1</source>
        <translation>Der Ladevorgang wurde beendet: %1</translation>
    </message>
    <message>
        <source>%1 rows were committed before it stopped and stay in the tables.</source>
        <translation>%1 Zeilen wurden vor dem Abbruch festgeschrieben und bleiben in den Tabellen.</translation>
    </message>
    <message>
        <source>No rows were loaded.</source>
        <translation>Es wurden keine Zeilen geladen.</translation>
    </message>
    <message>
        <source>Cancelled after %1. %2 rows were committed and stay in the tables; the batches in flight were rolled back.</source>
        <translation>Abgebrochen nach %1. %2 Zeilen wurden festgeschrieben und bleiben in den Tabellen; die laufenden Stapel wurden zurückgerollt.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 rows from %n file(s) in %2 (%3).</source>
        <translation>
            <numerusform>%1 Zeilen aus %n Datei in %2 geladen (%3).</numerusform>
            <numerusform>%1 Zeilen aus %n Dateien in %2 geladen (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows were rejected; they are listed under Rejected rows</source>
        <translation>%1 Zeilen wurden abgelehnt; sie stehen unter „Abgelehnte Zeilen“</translation>
    </message>
    <message>
        <source>and saved in %1.</source>
        <translation>und sind in %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read to the end; see the Status column.</source>
        <translation>
            <numerusform>%n Datei konnte nicht bis zum Ende gelesen werden; siehe Spalte Status.</numerusform>
            <numerusform>%n Dateien konnten nicht bis zum Ende gelesen werden; siehe Spalte Status.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pjl::LoadJob</name>
    <message>
        <source>Cancelling: batches being sent are rolled back; committed ones stay.</source>
        <translation>Abbruch: Stapel, die gerade gesendet werden, werden zurückgerollt; festgeschriebene bleiben.</translation>
    </message>
    <message>
        <source>Paused: batches under way finish, then loading waits.</source>
        <translation>Angehalten: Laufende Stapel werden fertig, dann wartet der Ladevorgang.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <source>Nothing to load: no JSON files (*.json, *.jsonl, *.ndjson, .gz) were found.</source>
        <translation>Nichts zu laden: Es wurden keine JSON-Dateien (*.json, *.jsonl, *.ndjson, .gz) gefunden.</translation>
    </message>
    <message>
        <source>Connected to %1 (%2).</source>
        <translation>Verbunden mit %1 (%2).</translation>
    </message>
    <message>
        <source>Table %1: %2</source>
        <translation>Tabelle %1: %2</translation>
    </message>
    <message>
        <source>Emptied table %1.</source>
        <translation>Tabelle %1 geleert.</translation>
    </message>
    <message>
        <source>Another pgjsonload is loading into %1; waiting for it to finish.</source>
        <translation>Ein anderes pgjsonload lädt in %1; es wird gewartet, bis es fertig ist.</translation>
    </message>
    <message>
        <source>Emptied table %1 and forgot its journal entries.</source>
        <translation>Tabelle %1 geleert und ihre Journaleinträge vergessen.</translation>
    </message>
    <message>
        <source>Could not confirm that the batches of %1 are on disk (the server went away); the next run checks it against the journal.</source>
        <translation>Es ließ sich nicht bestätigen, dass die Stapel von %1 auf der Platte sind (der Server ist weg); der nächste Lauf prüft das anhand des Journals.</translation>
    </message>
    <message>
        <source>%1 workers (%2)</source>
        <translation>%1 Verbindungen (%2)</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>%1 Verbindungen</translation>
    </message>
    <message>
        <source>Loading %1 files with %2, %3 rows per batch.</source>
        <translation>%1 Dateien werden mit %2 geladen, %3 Zeilen pro Stapel.</translation>
    </message>
    <message>
        <source>Pretty-printed records go without their whitespace: the server shares this computer&apos;s CPU with the loader.</source>
        <translation>Formatierte Datensätze gehen ohne Leerraum: der Server teilt sich die CPU dieses Computers mit dem Lader.</translation>
    </message>
    <message>
        <source>Pretty-printed records go in jsonb&apos;s form (keys in its order, no whitespace): the server&apos;s CPU is spared what the loader can do.</source>
        <translation>Formatierte Datensätze gehen in jsonbs Form (Schlüssel in seiner Reihenfolge, ohne Leerraum): dem Server wird abgenommen, was der Lader tun kann.</translation>
    </message>
    <message>
        <source>The connection to the server was lost too often while records waited uncommitted. Committed batches are safe: run the same load again to resume.</source>
        <translation>Die Verbindung zum Server ging zu oft verloren, während Datensätze unbestätigt warteten. Bestätigte Stapel sind sicher: denselben Ladevorgang erneut starten, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Reading again for the records that were sent but not committed: %1.</source>
        <translation>Erneutes Lesen der Datensätze, die gesendet, aber nicht bestätigt wurden: %1.</translation>
    </message>
</context>
<context>
    <name>pjl::LoadLauncher</name>
    <message>
        <source>Load Again</source>
        <translation>Erneut laden</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the list were already loaded in this session. Loading them again adds their rows a second time.</source>
        <translation>
            <numerusform>%n Datei der Liste wurde in dieser Sitzung bereits geladen. Erneutes Laden fügt ihre Zeilen ein zweites Mal hinzu.</numerusform>
            <numerusform>%n Dateien der Liste wurden in dieser Sitzung bereits geladen. Erneutes Laden fügt ihre Zeilen ein zweites Mal hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load Only the &amp;Others</source>
        <translation>Nur die a&amp;nderen laden</translation>
    </message>
    <message>
        <source>Load &amp;All Again</source>
        <translation>&amp;Alle erneut laden</translation>
    </message>
    <message>
        <source>Load not started.</source>
        <translation>Ladevorgang nicht gestartet.</translation>
    </message>
    <message>
        <source>Empty Tables</source>
        <translation>Tabellen leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete every row of %n table(s) before loading?

%1

This cannot be undone.</source>
        <translation>
            <numerusform>Jede Zeile von %n Tabelle vor dem Laden löschen?

%1

Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Jede Zeile von %n Tabellen vor dem Laden löschen?

%1

Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Empty and Load</source>
        <translation>&amp;Leeren und laden</translation>
    </message>
    <message>
        <source>Load not started: cancelled while connecting.</source>
        <translation>Ladevorgang nicht gestartet: beim Verbinden abgebrochen.</translation>
    </message>
    <message>
        <source>Load not started: no password given.</source>
        <translation>Ladevorgang nicht gestartet: kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>A load is already running.</source>
        <translation>Es läuft bereits ein Ladevorgang.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the list were already loaded in this session. Loading only what is new skips them, except records appended to them since; loading them again adds their rows a second time.</source>
        <translation>
            <numerusform>%n Datei der Liste wurde in dieser Sitzung bereits geladen. Nur Neues zu laden überspringt sie, bis auf seither angehängte Datensätze; erneutes Laden fügt ihre Zeilen ein zweites Mal hinzu.</numerusform>
            <numerusform>%n Dateien der Liste wurden in dieser Sitzung bereits geladen. Nur Neues zu laden überspringt sie, bis auf seither angehängte Datensätze; erneutes Laden fügt ihre Zeilen ein zweites Mal hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load Only What Is &amp;New</source>
        <translation>Nur &amp;Neues laden</translation>
    </message>
</context>
<context>
    <name>pjl::LoadSettingsWidget</name>
    <message>
        <source>&amp;Empty tables first</source>
        <translation>Tabellen zuerst l&amp;eeren</translation>
    </message>
    <message>
        <source>Include sub&amp;folders</source>
        <translation>Unter&amp;ordner einbeziehen</translation>
    </message>
    <message>
        <source>Rows per batch. Each batch is one transaction: committed whole, or not at all.</source>
        <translation>Zeilen pro Stapel. Jeder Stapel ist eine Transaktion: ganz festgeschrieben oder gar nicht.</translation>
    </message>
    <message>
        <source>Create if missing</source>
        <translation>Anlegen, falls nicht vorhanden</translation>
    </message>
    <message>
        <source>Must already exist</source>
        <translation>Müssen bereits existieren</translation>
    </message>
    <message>
        <source>A missing table is created as (data jsonb NOT NULL), or the load stops.</source>
        <translation>Eine fehlende Tabelle wird als (data jsonb NOT NULL) angelegt, oder der Ladevorgang bricht ab.</translation>
    </message>
    <message>
        <source>Delete every row of the target tables before loading (you will be asked to confirm).</source>
        <translation>Vor dem Laden jede Zeile der Zieltabellen löschen (Sie werden um Bestätigung gebeten).</translation>
    </message>
    <message>
        <source>Folders you add bring the JSON files of their subfolders too.</source>
        <translation>Hinzugefügte Ordner bringen auch die JSON-Dateien ihrer Unterordner mit.</translation>
    </message>
    <message>
        <source>Rows per &amp;batch:</source>
        <translation>Zeilen pro &amp;Stapel:</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Verbindungen:</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>&amp;Tabellen:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>In jsonb&apos;s form</source>
        <translation>In jsonbs Form</translation>
    </message>
    <message>
        <source>As read</source>
        <translation>Wie gelesen</translation>
    </message>
    <message>
        <source>Rec&amp;ords:</source>
        <translation>Date&amp;nsätze:</translation>
    </message>
    <message>
        <source>Parallel connections to the server; automatic uses one per core of the server where that can be read (it runs on this computer, or the role may read server files), else one per CPU core of this computer. The log says which.</source>
        <translation>Parallele Verbindungen zum Server; automatisch heißt eine je Kern des Servers, wo sich das lesen lässt (er läuft auf diesem Computer, oder die Rolle darf Serverdateien lesen), sonst eine je CPU-Kern dieses Computers. Das Protokoll nennt die Wahl.</translation>
    </message>
    <message>
        <source>Vali&amp;date first</source>
        <translation>&amp;Zuerst prüfen</translation>
    </message>
    <message>
        <source>Check every record before sending it. Otherwise records for a jsonb column are left to the server, which checks them anyway, until it refuses a batch; from then on every record is checked here. Choose this for files known to hold many bad records.</source>
        <translation>Jeden Datensatz vor dem Senden prüfen. Sonst bleiben Datensätze für eine jsonb-Spalte dem Server überlassen, der sie ohnehin prüft, bis er einen Stapel ablehnt; danach wird hier jeder Datensatz geprüft. Wählen Sie dies für Dateien, von denen bekannt ist, dass sie viele fehlerhafte Datensätze enthalten.</translation>
    </message>
    <message>
        <source>How records reach a jsonb column. In jsonb&apos;s form: the same value with each object&apos;s keys in jsonb&apos;s order and no whitespace, so the server does less and the loader more. Automatic: one-line records as read, pretty-printed ones in jsonb&apos;s form for a server elsewhere and without their whitespace (keys as written) for one on this computer. json and text columns always get records as read.</source>
        <translation>Wie Datensätze in eine jsonb-Spalte gelangen. In jsonbs Form: derselbe Wert, die Schlüssel jedes Objekts in jsonbs Reihenfolge und ohne Leerraum; so tut der Server weniger und der Lader mehr. Automatisch: einzeilige Datensätze wie gelesen, formatierte in jsonbs Form für einen Server anderswo und ohne Leerraum (Schlüssel wie geschrieben) für einen auf diesem Computer. json- und text-Spalten erhalten Datensätze immer wie gelesen.</translation>
    </message>
    <message>
        <source>&amp;Advanced…</source>
        <translation>Er&amp;weitert…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Advanced (%n changed)…</source>
        <translation>
            <numerusform>Er&amp;weitert (%n geändert)…</numerusform>
            <numerusform>Er&amp;weitert (%n geändert)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Largest record, batch size in bytes, reconnecting, commits, compression and the COPY format.</source>
        <translation>Größter Datensatz, Stapelgröße in Bytes, Neuverbindung, Commits, Komprimierung und das COPY-Format.</translation>
    </message>
</context>
<context>
    <name>pjl::LoadStatusWidget</name>
    <message>
        <source>No files yet.</source>
        <translation>Noch keine Dateien.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, ready to load.</source>
        <translation>
            <numerusform>%n Datei, %1, bereit zum Laden.</numerusform>
            <numerusform>%n Dateien, %1, bereit zum Laden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source> rows/s</source>
        <translation> Zeilen/s</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>%1 vergangen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>wird geschätzt…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>Durch einen Fehler beendet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1 rows loaded</source>
        <translation>%1 Zeilen geladen</translation>
    </message>
</context>
<context>
    <name>pjl::LogPane</name>
    <message>
        <source>C&amp;lear</source>
        <translation>Lee&amp;ren</translation>
    </message>
    <message>
        <source>Clear this view (the log file keeps everything)</source>
        <translation>Diese Ansicht leeren (die Protokolldatei behält alles)</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Messages of this session.</source>
        <translation>Meldungen dieser Sitzung.</translation>
    </message>
    <message>
        <source>Messages of this session. (The log file %1 could not be opened.)</source>
        <translation>Meldungen dieser Sitzung. (Die Protokolldatei %1 konnte nicht geöffnet werden.)</translation>
    </message>
    <message>
        <source>Messages of this session, also written to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>Meldungen dieser Sitzung, auch in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; geschrieben.</translation>
    </message>
</context>
<context>
    <name>pjl::MainActions</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add JSON files to the list</source>
        <translation>JSON-Dateien zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add the JSON files of a folder</source>
        <translation>Die JSON-Dateien eines Ordners hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Die ausgewählten Dateien aus der Liste entfernen</translation>
    </message>
    <message>
        <source>C&amp;lear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Remove every file from the list</source>
        <translation>Alle Dateien aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Set &amp;Target Table…</source>
        <translation>&amp;Zieltabelle festlegen…</translation>
    </message>
    <message>
        <source>Load the selected files into one table</source>
        <translation>Die ausgewählten Dateien in eine Tabelle laden</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Verbindung…</translation>
    </message>
    <message>
        <source>Choose the database to load into</source>
        <translation>Die Datenbank wählen, in die geladen wird</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Load the files into their tables</source>
        <translation>Die Dateien in ihre Tabellen laden</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Let the batches under way finish, then wait</source>
        <translation>Laufende Stapel fertigstellen, dann warten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Stop loading: committed batches stay, batches in flight are rolled back</source>
        <translation>Laden beenden: Festgeschriebene Stapel bleiben, laufende Stapel werden zurückgerollt</translation>
    </message>
    <message>
        <source>&amp;Open Profile…</source>
        <translation>Profil ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a saved load profile</source>
        <translation>Ein gespeichertes Ladeprofil öffnen</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Save files, tables, connection (without password) and settings as a profile</source>
        <translation>Dateien, Tabellen, Verbindung (ohne Passwort) und Einstellungen als Profil speichern</translation>
    </message>
    <message>
        <source>Save Profile &amp;As…</source>
        <translation>Profil speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the setup as a new profile</source>
        <translation>Die Einrichtung als neues Profil speichern</translation>
    </message>
    <message>
        <source>Re&amp;run Profile</source>
        <translation>Profil &amp;erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Rejected Rows</source>
        <translation>&amp;Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Open Log &amp;File</source>
        <translation>Protokoll&amp;datei öffnen</translation>
    </message>
    <message>
        <source>&amp;About pgjsonload</source>
        <translation>Ü&amp;ber pgjsonload</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Recent &amp;Profiles</source>
        <translation>&amp;Zuletzt verwendete Profile</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>No recent profiles</source>
        <translation>Keine zuletzt verwendeten Profile</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Go on loading</source>
        <translation>Weiter laden</translation>
    </message>
    <message>
        <source>Save or open a profile to rerun it in one click</source>
        <translation>Speichern oder öffnen Sie ein Profil, um es mit einem Klick erneut auszuführen</translation>
    </message>
    <message>
        <source>Open %1 again and load it</source>
        <translation>%1 erneut öffnen und laden</translation>
    </message>
    <message>
        <source>Load &amp;History…</source>
        <translation>Lade&amp;verlauf…</translation>
    </message>
    <message>
        <source>What the load journal in the database knows: files loaded, complete or partial</source>
        <translation>Was das Ladejournal in der Datenbank weiß: geladene Dateien, vollständig oder teilweise</translation>
    </message>
</context>
<context>
    <name>pjl::MainWindow</name>
    <message>
        <source>Load profiles (*.pgjl.json *.json);;All files (*)</source>
        <translation>Ladeprofile (*.pgjl.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved the profile %1. Run it from a terminal or cron with: pgjsonload run &quot;%1&quot;</source>
        <translation>Profil %1 gespeichert. Im Terminal oder per cron ausführen mit: pgjsonload run &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil gespeichert.</translation>
    </message>
    <message>
        <source>The target table was not changed: %1</source>
        <translation>Die Zieltabelle wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>About pgjsonload</source>
        <translation>Über pgjsonload</translation>
    </message>
    <message>
        <source>Every row of the target tables will be deleted first; you will be asked to confirm when the load starts.</source>
        <translation>Jede Zeile der Zieltabellen wird zuerst gelöscht; Sie werden beim Start des Ladevorgangs um Bestätigung gebeten.</translation>
    </message>
    <message>
        <source>Rejected Rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Rejected Rows (%1)</source>
        <translation>Abgelehnte Zeilen (%1)</translation>
    </message>
    <message>
        <source>pgjsonload</source>
        <translation>pgjsonload</translation>
    </message>
    <message>
        <source>%1 — pgjsonload</source>
        <translation>%1 — pgjsonload</translation>
    </message>
    <message>
        <source>Looking for JSON files…</source>
        <translation>JSON-Dateien werden gesucht…</translation>
    </message>
    <message>
        <source>Add JSON Files</source>
        <translation>JSON-Dateien hinzufügen</translation>
    </message>
    <message>
        <source>JSON files (*.json *.jsonl *.ndjson *.json.gz *.jsonl.gz *.ndjson.gz);;All files (*)</source>
        <translation>JSON-Dateien (*.json *.jsonl *.ndjson *.json.gz *.jsonl.gz *.ndjson.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add a Folder of JSON Files</source>
        <translation>Einen Ordner mit JSON-Dateien hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s)</source>
        <translation>
            <numerusform>%n Datei hinzugefügt</numerusform>
            <numerusform>%n Dateien hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already in the list)</source>
        <translation>
            <numerusform>(%n bereits in der Liste)</numerusform>
            <numerusform>(%n bereits in der Liste)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; see the &lt;a href=&quot;#log&quot;&gt;log&lt;/a&gt;.</source>
        <translation>
            <numerusform>… und %n weitere; siehe &lt;a href=&quot;#log&quot;&gt;Protokoll&lt;/a&gt;.</numerusform>
            <numerusform>… und %n weitere; siehe &lt;a href=&quot;#log&quot;&gt;Protokoll&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target Table</source>
        <translation>Zieltabelle</translation>
    </message>
    <message numerus="yes">
        <source>Load the %n selected file(s) into table (schema.table or table):</source>
        <translation>
            <numerusform>Die %n ausgewählte Datei in Tabelle laden (schema.tabelle oder tabelle):</numerusform>
            <numerusform>Die %n ausgewählten Dateien in Tabelle laden (schema.tabelle oder tabelle):</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection set to %1.</source>
        <translation>Verbindung auf %1 gesetzt.</translation>
    </message>
    <message>
        <source>Could not connect to %1, so nothing was loaded.</source>
        <translation>Keine Verbindung zu %1, daher wurde nichts geladen.</translation>
    </message>
    <message>
        <source>Check the server and the &lt;a href=&quot;#connection&quot;&gt;connection settings&lt;/a&gt;.</source>
        <translation>Prüfen Sie den Server und die &lt;a href=&quot;#connection&quot;&gt;Verbindungseinstellungen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Add JSON files first: drop them on the window, or use Add Files…</source>
        <translation>Fügen Sie zuerst JSON-Dateien hinzu: Ziehen Sie sie auf das Fenster oder verwenden Sie „Dateien hinzufügen…“</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Server: %1.</source>
        <translation>Serverversion: %1.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Show rejected rows</source>
        <translation>Abgelehnte Zeilen zeigen</translation>
    </message>
    <message>
        <source>Show the log</source>
        <translation>Das Protokoll zeigen</translation>
    </message>
    <message>
        <source>Open Load Profile</source>
        <translation>Ladeprofil öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Opened the profile %1: %n file(s).</source>
        <translation>
            <numerusform>Profil %1 geöffnet: %n Datei.</numerusform>
            <numerusform>Profil %1 geöffnet: %n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some entries of the profile could not be used:</source>
        <translation>Einige Einträge des Profils konnten nicht verwendet werden:</translation>
    </message>
    <message>
        <source>Save Load Profile</source>
        <translation>Ladeprofil speichern</translation>
    </message>
    <message>
        <source>Quit While Loading</source>
        <translation>Beenden während des Ladens</translation>
    </message>
    <message>
        <source>A load is running. Cancel it and quit?

Batches already committed stay in the tables; the batches in flight are rolled back.</source>
        <translation>Ein Ladevorgang läuft. Abbrechen und beenden?

Bereits festgeschriebene Stapel bleiben in den Tabellen; die laufenden Stapel werden zurückgerollt.</translation>
    </message>
    <message>
        <source>Cancel Load and &amp;Quit</source>
        <translation>Laden abbrechen und &amp;beenden</translation>
    </message>
    <message>
        <source>Database: %1 (click to change)</source>
        <translation>Datenbank: %1 (zum Ändern klicken)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;pgjsonload %1&lt;/h3&gt;&lt;p&gt;Loads JSON flat files (NDJSON, JSON arrays, arrays without their closing bracket, gzip) into a PostgreSQL &lt;code&gt;jsonb&lt;/code&gt; column, in parallel.&lt;/p&gt;&lt;p&gt;Every batch is one transaction: a cancelled or failed load leaves whole batches only, and a rerun skips what is loaded. Saved profiles run unattended with &lt;code&gt;pgjsonload run PROFILE&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;pgjsonload %1&lt;/h3&gt;&lt;p&gt;Lädt JSON-Dateien (NDJSON, JSON-Arrays, Arrays ohne schließende Klammer, gzip) parallel in eine &lt;code&gt;jsonb&lt;/code&gt;-Spalte von PostgreSQL.&lt;/p&gt;&lt;p&gt;Jeder Stapel ist eine Transaktion: Ein abgebrochener oder fehlgeschlagener Ladevorgang hinterlässt nur ganze Stapel, und ein erneuter Lauf überspringt, was schon geladen ist. Gespeicherte Profile laufen unbeaufsichtigt mit &lt;code&gt;pgjsonload run PROFIL&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pjl::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>pjl::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The server did not accept the password for &lt;b&gt;%1&lt;/b&gt;. Please try again.</source>
        <translation>Der Server hat das Passwort für &lt;b&gt;%1&lt;/b&gt; nicht angenommen. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server &lt;b&gt;%1&lt;/b&gt; asks for a password.</source>
        <translation>Der Server &lt;b&gt;%1&lt;/b&gt; verlangt ein Passwort.</translation>
    </message>
    <message>
        <source>Kept by the desktop&apos;s keychain, never in a pgjsonload file</source>
        <translation>Vom Schlüsselbund der Arbeitsumgebung verwahrt, nie in einer Datei von pgjsonload</translation>
    </message>
    <message>
        <source>Otherwise it is kept in memory until you quit. A ~/.pgpass entry also works.</source>
        <translation>Sonst bleibt es bis zum Beenden im Speicher. Ein Eintrag in ~/.pgpass funktioniert ebenfalls.</translation>
    </message>
</context>
<context>
    <name>pjl::PasswordStore</name>
    <message>
        <source>No system keychain is available; the password is kept for this session only.</source>
        <translation>Kein System-Schlüsselbund verfügbar; das Passwort gilt nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>pjl::RejectDialog</name>
    <message>
        <source>Rejected record %1</source>
        <translation>Abgelehnter Datensatz %1</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>%1, line %2, byte offset %3</source>
        <translation>%1, Zeile %2, Byte-Offset %3</translation>
    </message>
    <message>
        <source> (SQLSTATE %1)</source>
        <translation> (SQLSTATE %1)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>&amp;Wrap long lines</source>
        <translation>Lange Zeilen &amp;umbrechen</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2; reading the whole record from the file…</source>
        <translation>Die ersten %1 von %2 werden gezeigt; der ganze Datensatz wird aus der Datei gelesen…</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2. The rest could not be read: %3</source>
        <translation>Die ersten %1 von %2 werden gezeigt. Der Rest konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Die ersten %1 von %2 werden gezeigt.</translation>
    </message>
    <message>
        <source>the file is shorter than it was during the load</source>
        <translation>die Datei ist kürzer als beim Laden</translation>
    </message>
</context>
<context>
    <name>pjl::RejectsModel</name>
    <message>
        <source>Double-click to see the whole record</source>
        <translation>Doppelklick zeigt den ganzen Datensatz</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Byte offset</source>
        <translation>Byte-Offset</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>pjl::RejectsPanel</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write the rejected rows shown to an NDJSON file</source>
        <translation>Die gezeigten abgelehnten Zeilen in eine NDJSON-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rejected row(s) to %1.</source>
        <translation>
            <numerusform>%n abgelehnte Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n abgelehnte Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Alle Dateien (%1)</translation>
    </message>
    <message>
        <source>No rejected rows.</source>
        <translation>Keine abgelehnten Zeilen.</translation>
    </message>
    <message>
        <source>%1 rejected rows; the first %2 are listed, the load&apos;s rejects file has them all.</source>
        <translation>%1 abgelehnte Zeilen; die ersten %2 sind aufgeführt, die Ablehnungsdatei des Ladevorgangs enthält alle.</translation>
    </message>
    <message>
        <source>%1 of %2 rejected rows shown.</source>
        <translation>%1 von %2 abgelehnten Zeilen gezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s). Double-click one to see the whole record.</source>
        <translation>
            <numerusform>%n abgelehnte Zeile. Ein Doppelklick zeigt den ganzen Datensatz.</numerusform>
            <numerusform>%n abgelehnte Zeilen. Ein Doppelklick zeigt den ganzen Datensatz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>NDJSON files (*.ndjson *.jsonl);;All files (*)</source>
        <translation>NDJSON-Dateien (*.ndjson *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
</TS>
