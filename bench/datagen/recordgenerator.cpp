#include "recordgenerator.h"

#include "jsonwriter.h"

#include <string_view>

namespace pjl {

namespace {

// Pools are JSON source text (already escaped). Raw UTF-8 and \u escapes are both represented, and
// every \u escape of a non-BMP character is a proper surrogate pair, so PostgreSQL's jsonb accepts
// all of it; \u0000 never appears because jsonb rejects it.
struct Person
{
    std::string_view name;
    std::string_view slug; // ASCII, for the e-mail address
};

constexpr Person kPeople[] = {
    {"José Müller", "jose.mueller"},
    {"李雷", "li.lei"},
    {"Søren Ærøskøbing", "soren.aero"},
    {"Zoë Saldaña", "zoe.saldana"},
    {"Björk Guðmundsdóttir", "bjork.g"},
    {"Παναγιώτης Κωνσταντίνου", "panagiotis.k"},
    {"Владимир Соколов", "v.sokolov"},
    {"محمد علي", "mohamed.ali"},
    {"Nguyễn Văn An", "nguyen.van.an"},
    {"Ana Silva 😀", "ana.silva"},
    {"Seán O'Brien", "sean.obrien"},
    {R"(Jean \"JJ\" Dupont)", "jean.dupont"},
    {"John Smith", "john.smith"},
    {"Emily Chen", "emily.chen"},
    {"Łukasz Żółć", "lukasz.zolc"},
    {"山田 太郎", "taro.yamada"},
    {"김민준", "minjun.kim"},
    {R"(Fran\u00e7ois Lef\u00e8vre)", "francois.lefevre"},
    {R"(Mar\u00eda Garc\u00eda \ud83c\udf89)", "maria.garcia"},
    {"Priya Raghunathan", "priya.r"},
};
constexpr std::string_view kDomains[] = {"example.com", "mail.example.org", "example.net", "beispiel.de"};
constexpr std::string_view kLocales[] = {"en-US", "de-DE", "zh-CN", "da-DK", "fr-FR", "ja-JP", "pt-BR"};
constexpr std::string_view kPaths[] = {"/",
                                       "/products/",
                                       "/cart",
                                       "/checkout/payment",
                                       "/search",
                                       "/blog/2024/03/why-jsonb",
                                       "/account/settings",
                                       "/de/%C3%BCber-uns"};
constexpr std::string_view kReferrers[] = {"https://www.google.com/search?q=jsonb+postgres",
                                           "https://news.ycombinator.com/", "https://t.co/AbC123xyz",
                                           "https://www.bing.com/search?q=caf%C3%A9", ""};
constexpr std::string_view kTitles[] = {
    R"(Summer Sale \"50% off\" – Shop Now)",
    R"(C:\\Users\\Public\\report.pdf)",
    R"(Line one\nLine two)",
    R"(Name\tPrice\tStock)",
    R"(Caf\u00e9 Menu)",
    R"(Smile \ud83d\ude00 Deals)",
    "Ærøskøbing – Reiseführer",
    "Home",
    R"(Search results for \"winter boots\")",
    "商品详情 | 示例商店",
    R"(Docs \/ API \/ v2)",
};
constexpr std::string_view kUserAgents[] = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "curl/8.5.0",
    "okhttp/4.12.0",
};
constexpr std::string_view kEventNames[] = {"page_view", "click",     "purchase", "search",
                                            "signup",    "heartbeat", "error",    "metric"};
constexpr std::string_view kElements[] = {"button#add-to-cart", "a.nav-link", "div.carousel > img",
                                          R"(input[name=\"q\"])", "button.close"};
constexpr std::string_view kExperiments[] = {"exp_checkout_v2", "exp_dark_mode", "exp_reco_ml", "ab_42"};
constexpr std::string_view kCurrencies[] = {"EUR", "USD", "JPY", "DKK", "BRL"};
constexpr std::string_view kProducts[] = {
    "Winter Boots",
    "Kaffeemühle",
    "Ærø Wool Sweater",
    "抹茶 Matcha 100g",
    R"(Poster \"Starry Night\")",
    "Crème brûlée set",
    "USB-C cable 2m",
    R"(Mug \u2615 large)",
};
constexpr std::string_view kTags[] = {"sale", "new", "eco", "bestseller", "limited", "b-ware"};
constexpr std::string_view kQueries[] = {R"(winter \"boots\")", "café",  "größe 42",    "日本語 辞書",
                                         R"(C:\\path)",         "usb c", R"(tab\there)"};
constexpr std::string_view kMethods[] = {"email", "google", "github", "apple"};
constexpr std::string_view kErrors[] = {
    "TypeError: Cannot read properties of undefined (reading 'id')",
    R"(SyntaxError: Unexpected token \"<\" in JSON at position 0)",
    R"(ENOENT: no such file 'C:\\temp\\x.json')",
    R"(Timeout after 30000 ms\nretrying)",
};
constexpr std::string_view kStack[] = {"at render (app.js:10:5)", "at Object.onClick (bundle.min.js:1:48213)",
                                       "at async fetchJSON (api.ts:88:11)", "at <anonymous>"};
constexpr std::string_view kMetrics[] = {"render_time", "ttfb", "cls", "memory_pressure"};
constexpr std::string_view kRegions[] = {"eu-central-1", "us-east-1", "ap-northeast-1"};

struct Station
{
    std::string_view id;
    std::string_view name;
    std::string_view country;
    int lat; // 1e-4 degrees
    int lon;
    int elevation;
    int meanTempCenti;
};

constexpr Station kStations[] = {
    {"06180", "Ærøskøbing", "DK", 548893, 104113, 7, 850},
    {"01025", "Tromsø", "NO", 696492, 189553, 100, 300},
    {"06660", "Zürich-Fluntern", "CH", 473779, 85650, 556, 1000},
    {"83781", "São Paulo", "BR", -235505, -466333, 760, 2000},
    {"12566", "Kraków-Balice", "PL", 500777, 197848, 237, 900},
    {"04030", "Reykjavík", "IS", 641466, -219426, 52, 500},
    {"27612", "Москва", "RU", 557558, 376173, 147, 600},
    {"47662", "東京", "JP", 356762, 1396503, 25, 1600},
    {"02627", "Malmö", "SE", 556050, 130038, 12, 900},
    {"10400", "Düsseldorf", "DE", 512277, 67735, 37, 1100},
    {"07480", "Besançon", "FR", 472378, 60241, 307, 1050},
    {"04205", "Qaanaaq", "GL", 774667, -693500, 16, -1050},
};
constexpr std::string_view kCompass[] = {"N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
                                         "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"};
constexpr std::string_view kSources[] = {"synop", "metar", "buoy", "citizen"};
constexpr std::string_view kAlertTypes[] = {"frost", "wind", "heat", "flood", "snow"};
constexpr std::string_view kSeverities[] = {"minor", "moderate", "severe"};
constexpr std::string_view kAlertTexts[] = {
    "Glätte durch überfrierende Nässe",
    R"(Wind \"storm\" warning\nSecure loose objects)",
    "Risque de crues – vigilance orange",
    R"(Heat index \u2265 40\u00b0C)",
};
constexpr std::string_view kRemarks[] = {"sensor recalibrated", R"(gauge \"B\" iced over)",
                                         "manual reading ✓"};

constexpr char kHex[] = "0123456789abcdef";

} // namespace

RecordGenerator::RecordGenerator(RecordKind kind, std::uint64_t seed)
    : m_rng(seed)
    , m_kind(kind)
    // Somewhere in 2024, so different seeds do not all start at the same instant.
    , m_clockMs(1704067200000 + m_rng.range(0, 300LL * 86400) * 1000)
{}

void RecordGenerator::write(JsonWriter &w)
{
    if (m_kind == RecordKind::Events || (m_kind == RecordKind::Mixed && m_rng.percent(50)))
        writeEvent(w);
    else
        writeWeather(w);
}

void RecordGenerator::writeUuid(JsonWriter &w)
{
    const std::uint64_t halves[2] = {m_rng.next(), m_rng.next()};
    char buf[36];
    int pos = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            buf[pos++] = '-';
        buf[pos++] = kHex[(halves[i / 16] >> (i % 16 * 4)) & 15];
    }
    w.beginString().append(buf, sizeof buf);
    w.endString();
}

void RecordGenerator::writeScientific(JsonWriter &w, int lo, int hi, int scale, int expLo, int expHi)
{
    // Two statements: the order in which function arguments are evaluated is unspecified, and the
    // draws must happen in one fixed order for the output to be the same with every compiler.
    const auto mantissa = m_rng.range(lo, hi);
    w.scientific(mantissa, scale, static_cast<int>(m_rng.range(expLo, expHi)));
}

void RecordGenerator::writeStrings(JsonWriter &w, std::span<const std::string_view> pool, int maxCount)
{
    w.beginArray();
    for (auto n = m_rng.range(0, maxCount); n > 0; --n)
        w.string(pool[m_rng.below(pool.size())]);
    w.endArray();
}

void RecordGenerator::writeEvent(JsonWriter &w)
{
    m_clockMs += m_rng.range(1, 2500);
    // Weighted like real tracking data: mostly page views and clicks, few large purchases.
    static constexpr EventType kMix[] = {PageView,  PageView,  PageView,  PageView,  PageView, Click,  Click,
                                         Click,     Click,     Purchase,  Purchase,  Search,   Search, Signup,
                                         Heartbeat, Heartbeat, Heartbeat, Heartbeat, Failure,  Metric};
    const EventType type = m_rng.pick(kMix);
    w.beginObject();
    w.key("event_id");
    writeUuid(w);
    w.key("event_type").string(kEventNames[type]);
    w.key("ts").timestamp(m_clockMs, true);
    writeUser(w);
    if (type != Heartbeat)
        writeContext(w);
    w.key("properties");
    writeProperties(w, type);
    w.endObject();
}

void RecordGenerator::writeUser(JsonWriter &w)
{
    w.key("user").beginObject();
    w.key("id").integer(m_rng.range(1, 2000000));
    if (m_rng.percent(40)) { // anonymous visitors carry no profile
        w.key("name").null();
    } else {
        const Person &p = m_rng.pick(kPeople);
        w.key("name").string(p.name);
        std::string &s = w.key("email").beginString();
        s.append(p.slug).push_back('@');
        s.append(m_rng.pick(kDomains));
        w.endString();
        if (m_rng.percent(50))
            w.key("locale").string(m_rng.pick(kLocales));
    }
    w.endObject();
}

void RecordGenerator::writeContext(JsonWriter &w)
{
    w.key("context").beginObject();
    w.key("page").beginObject();
    const std::string_view path = m_rng.pick(kPaths);
    std::string &url = w.key("url").beginString();
    url.append("https://shop.example.com").append(path);
    if (path == "/products/")
        JsonWriter::appendInt(url, m_rng.range(1, 99999));
    if (m_rng.percent(10))
        url.append("?utm_source=newsletter&utm_medium=email");
    w.endString();
    // Absent, null or set: exports disagree on how to say "no referrer".
    if (const auto r = m_rng.below(100); r < 15)
        w.key("referrer").null();
    else if (r >= 50)
        w.key("referrer").string(m_rng.pick(kReferrers));
    if (m_rng.percent(70))
        w.key("title").string(m_rng.pick(kTitles));
    w.endObject();
    if (m_rng.percent(10))
        w.key("userAgent").string(m_rng.pick(kUserAgents));
    w.endObject();
}

void RecordGenerator::writeProperties(JsonWriter &w, EventType type)
{
    w.beginObject();
    switch (type) {
    case PageView:
        w.key("load_ms").integer(m_rng.range(40, 4000));
        w.key("scroll_depth").decimal(m_rng.range(0, 100), 2);
        w.key("is_bounce").boolean(m_rng.percent(30));
        w.key("experiments");
        writeStrings(w, kExperiments, 2);
        break;
    case Click:
        w.key("element").string(m_rng.pick(kElements));
        w.key("x").integer(m_rng.range(0, 2560));
        w.key("y").integer(m_rng.range(-40, 1440)); // negative: above the fold after scrolling
        w.key("modifiers").beginObject();
        w.key("shift").boolean(m_rng.percent(10));
        w.key("ctrl").boolean(m_rng.percent(10));
        w.endObject();
        break;
    case Purchase:
        writePurchase(w);
        break;
    case Search:
        w.key("query").string(m_rng.pick(kQueries));
        w.key("results").integer(m_rng.range(0, 5000));
        w.key("filters").beginObject();
        w.key("price_max").decimal(m_rng.range(100, 50000), 2);
        w.key("in_stock").boolean(m_rng.percent(50));
        w.key("brands");
        writeStrings(w, kTags, 2);
        w.endObject();
        writeScientific(w.key("latency_s"), 10, 99, 1, -4, -2);
        break;
    case Signup:
        w.key("method").string(m_rng.pick(kMethods));
        w.key("newsletter").boolean(m_rng.percent(40));
        if (m_rng.percent(70))
            w.key("referral_code").null();
        else
            w.key("referral_code").string("FRIEND-2024");
        break;
    case Heartbeat:
        if (m_rng.percent(50))
            w.key("seq").integer(m_rng.range(1, 100000));
        break;
    case Failure:
        w.key("code").integer(m_rng.range(-32768, -1));
        w.key("message").string(m_rng.pick(kErrors));
        w.key("stack");
        writeStrings(w, kStack, 4);
        w.key("fatal").boolean(m_rng.percent(20));
        w.key("retry_after").null();
        break;
    case Metric:
        w.key("name").string(m_rng.pick(kMetrics));
        writeScientific(w.key("value"), 10, 99, 1, -9, -3);
        writeScientific(w.key("ops_total"), 100, 999, 2, 6, 15);
        w.key("samples").beginArray();
        for (auto n = m_rng.range(1, 8); n > 0; --n)
            w.decimal(m_rng.range(-50000, 50000), 4);
        w.endArray();
        w.key("labels").beginObject();
        w.key("region").string(m_rng.pick(kRegions));
        w.key("build").integer(m_rng.range(1000, 9999));
        w.endObject();
        break;
    }
    w.endObject();
}

void RecordGenerator::writePurchase(JsonWriter &w)
{
    std::string &order = w.key("order_id").beginString();
    order.append("ORD-");
    JsonWriter::appendInt(order, m_rng.range(10000000, 99999999));
    w.endString();
    w.key("currency").string(m_rng.pick(kCurrencies));
    std::int64_t totalCents = 0;
    w.key("items").beginArray();
    for (auto n = m_rng.range(1, 3) + (m_rng.percent(10) ? 4 : 0); n > 0; --n) {
        const auto qty = m_rng.range(1, 5);
        const auto price = m_rng.range(99, 29999);
        totalCents += qty * price;
        w.beginObject();
        std::string &sku = w.key("sku").beginString();
        sku.append("SKU-");
        JsonWriter::appendInt(sku, m_rng.range(10000, 99999));
        w.endString();
        w.key("name").string(m_rng.pick(kProducts));
        w.key("qty").integer(qty);
        w.key("price").decimal(price, 2);
        w.key("tags");
        writeStrings(w, kTags, 2);
        w.endObject();
    }
    w.endArray();
    w.key("total").decimal(totalCents, 2);
    w.key("revenue_micros").integer(totalCents * 10000); // big integers beyond 32 bits
    if (m_rng.percent(80))
        w.key("coupon").null();
    else
        w.key("coupon").string("SPRING24");
}

void RecordGenerator::writeWeather(JsonWriter &w)
{
    m_clockMs += m_rng.range(1000, 600000);
    const Station &st = m_rng.pick(kStations);
    w.beginObject();
    w.key("station").beginObject();
    w.key("id").string(st.id);
    w.key("name").string(st.name);
    if (m_rng.percent(35)) { // feeds repeat full station metadata only now and then
        w.key("country").string(st.country);
        w.key("lat").decimal(st.lat + m_rng.range(-50, 50), 4);
        w.key("lon").decimal(st.lon + m_rng.range(-50, 50), 4);
        w.key("elevation_m").integer(st.elevation);
    }
    w.endObject();
    w.key("observed_at").timestamp(m_clockMs, true);
    w.key("source").string(m_rng.pick(kSources));
    w.key("readings").beginArray();
    const std::int64_t firstMinute = m_clockMs / 60000 * 60000;
    static constexpr int kReadingCounts[] = {1, 1, 1, 1, 2, 2, 2, 3, 3, 4};
    for (std::int64_t i = 0, n = m_rng.pick(kReadingCounts); i < n; ++i) {
        w.beginObject();
        w.key("t").timestamp(firstMinute - i * 600000, false);
        w.key("temp_c").decimal(st.meanTempCenti + m_rng.range(-1200, 1200), 2);
        w.key("humidity").integer(m_rng.range(12, 100));
        if (const auto r = m_rng.below(100); r < 15)
            w.key("pressure_hpa").null();
        else if (r >= 50)
            w.key("pressure_hpa").decimal(m_rng.range(9600, 10450), 1);
        w.key("wind").beginObject();
        w.key("speed_ms").decimal(m_rng.range(0, 250), 1);
        w.key("dir").string(m_rng.pick(kCompass));
        w.endObject();
        w.endObject();
    }
    w.endArray();
    w.key("alerts").beginArray();
    for (auto n = m_rng.percent(75) ? 0 : m_rng.range(1, 2); n > 0; --n) {
        w.beginObject();
        w.key("type").string(m_rng.pick(kAlertTypes));
        w.key("severity").string(m_rng.pick(kSeverities));
        w.key("text").string(m_rng.pick(kAlertTexts));
        w.endObject();
    }
    w.endArray();
    if (m_rng.percent(60))
        w.key("battery_v").null();
    else
        w.key("battery_v").decimal(m_rng.range(300, 420), 2);
    if (m_rng.percent(10))
        w.key("remarks").string(m_rng.pick(kRemarks));
    w.endObject();
}

} // namespace pjl
