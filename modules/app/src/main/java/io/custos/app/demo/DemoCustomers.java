package io.custos.app.demo;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The demo chain's customers, drawn from a fixed seed so every demo start shows the same people:
 * names as they are written in each store's country, consents given, refused and withdrawn, a few
 * sensitive attributes. Pure data; {@link DemoData} turns it into use-case calls.
 */
final class DemoCustomers {

    static final long SEED = 20_261_116L;
    static final List<String> SENSITIVE_ATTRIBUTES = List.of("accessibilityNeeds", "allergies");

    /** Who owns a customer besides the store: the clerk who met them, the store's manager, or a team. */
    enum Owner {
        CLERK,
        MANAGER,
        TEAM
    }

    record Consent(String purpose, String state, String source, String evidence) {}

    record Planned(
            String storeCode,
            String givenName,
            String familyName,
            String email,
            String phone,
            LocalDate birthDate,
            String country,
            String subdivision,
            Owner owner,
            BigDecimal lifetimeValue,
            int loyaltyPoints,
            int purchaseCount,
            LocalDate lastPurchaseOn,
            Map<String, String> attributes,
            List<Consent> consents) {}

    /** A store's country and how people there are named and reached; names are "written/latin" where they differ. */
    record Market(
            String storeCode,
            String country,
            String subdivision,
            String language,
            String phonePattern,
            List<String> givenNames,
            List<String> familyNames,
            boolean familyNameFirst) {}

    static final List<Market> MARKETS = List.of(
            new Market(
                    "BER-MITTE",
                    "DE",
                    null,
                    "de",
                    "+49 30 #######",
                    List.of(
                            "Lukas",
                            "Anna",
                            "Maximilian",
                            "Sophie",
                            "Jonas",
                            "Marie",
                            "Felix",
                            "Lea",
                            "Jürgen",
                            "Sabine",
                            "Özlem",
                            "Mehmet",
                            "Hannah",
                            "Leon"),
                    List.of(
                            "Müller",
                            "Schmidt",
                            "Schneider",
                            "Fischer",
                            "Weber",
                            "Meyer",
                            "Wagner",
                            "Becker",
                            "Hoffmann",
                            "Schäfer",
                            "Koch",
                            "Richter",
                            "Yılmaz",
                            "Krüger"),
                    false),
            new Market(
                    "PAR-MARAIS",
                    "FR",
                    null,
                    "fr",
                    "+33 1 ## ## ## ##",
                    List.of(
                            "Camille", "Louis", "Chloé", "Hugo", "Léa", "Gabriel", "Manon", "Arthur", "Inès", "Jules",
                            "Zoé", "Raphaël", "Amélie", "Théo"),
                    List.of(
                            "Martin",
                            "Bernard",
                            "Dubois",
                            "Thomas",
                            "Robert",
                            "Richard",
                            "Petit",
                            "Durand",
                            "Leroy",
                            "Moreau",
                            "Lefèvre",
                            "Girard",
                            "Fontaine",
                            "Chevalier"),
                    false),
            new Market(
                    "LON-SOHO",
                    "GB",
                    null,
                    "en",
                    "+44 20 7946 0###",
                    List.of(
                            "Oliver",
                            "Amelia",
                            "George",
                            "Isla",
                            "Harry",
                            "Ava",
                            "Noah",
                            "Grace",
                            "Jack",
                            "Charlotte",
                            "Arjun",
                            "Siobhan",
                            "Rhys",
                            "Priya"),
                    List.of(
                            "Smith",
                            "Jones",
                            "Williams",
                            "Taylor",
                            "Brown",
                            "Davies",
                            "Evans",
                            "Wilson",
                            "Roberts",
                            "Khan",
                            "O'Brien",
                            "Patel",
                            "MacDonald",
                            "Okafor"),
                    false),
            new Market(
                    "SFO-UNION",
                    "US",
                    "US-CA",
                    "en",
                    "+1 415 555 01##",
                    List.of(
                            "Liam",
                            "Olivia",
                            "Ethan",
                            "Sophia",
                            "Mateo",
                            "Isabella",
                            "Aiden",
                            "Camila",
                            "Jackson",
                            "Harper",
                            "Daniel",
                            "Mia",
                            "Kai",
                            "Luna"),
                    List.of(
                            "Garcia",
                            "Nguyen",
                            "Johnson",
                            "Smith",
                            "Martinez",
                            "Lee",
                            "Kim",
                            "Rodriguez",
                            "Brown",
                            "Chen",
                            "Lopez",
                            "Davis",
                            "Hernandez",
                            "Park"),
                    false),
            new Market(
                    "SAO-PAULISTA",
                    "BR",
                    null,
                    "pt",
                    "+55 11 9####-####",
                    List.of(
                            "Miguel",
                            "Sophia",
                            "Arthur",
                            "Alice",
                            "Heitor",
                            "Laura",
                            "Bernardo",
                            "Valentina",
                            "Davi",
                            "Helena",
                            "Gabriel",
                            "Beatriz",
                            "João",
                            "Luíza"),
                    List.of(
                            "Silva",
                            "Santos",
                            "Oliveira",
                            "Souza",
                            "Rodrigues",
                            "Ferreira",
                            "Alves",
                            "Pereira",
                            "Lima",
                            "Gomes",
                            "Costa",
                            "Ribeiro",
                            "Carvalho",
                            "Araújo"),
                    false),
            new Market(
                    "SHA-NANJING",
                    "CN",
                    null,
                    "zh",
                    "+86 21 #### ####",
                    List.of(
                            "伟/Wei",
                            "芳/Fang",
                            "娜/Na",
                            "敏/Min",
                            "静/Jing",
                            "磊/Lei",
                            "洋/Yang",
                            "艳/Yan",
                            "勇/Yong",
                            "杰/Jie",
                            "婷/Ting",
                            "浩然/Haoran",
                            "子涵/Zihan",
                            "欣怡/Xinyi"),
                    List.of(
                            "王/Wang", "李/Li", "张/Zhang", "刘/Liu", "陈/Chen", "杨/Yang", "黄/Huang", "赵/Zhao", "吴/Wu",
                            "周/Zhou", "徐/Xu", "孙/Sun"),
                    true),
            new Market(
                    "SIN-ORCHARD",
                    "SG",
                    null,
                    "en",
                    "+65 6### ####",
                    List.of(
                            "Wei Ming",
                            "Hui Min",
                            "Jun Jie",
                            "Siti",
                            "Muhammad",
                            "Nurul",
                            "Arjun",
                            "Kavitha",
                            "Ravi",
                            "Mei Ling",
                            "Farah",
                            "Darren",
                            "Aisyah",
                            "Shu Fen"),
                    List.of(
                            "Tan",
                            "Lim",
                            "Lee",
                            "Ng",
                            "Ong",
                            "Wong",
                            "Goh",
                            "Chua",
                            "Rahman",
                            "Abdullah",
                            "Pillai",
                            "Nair",
                            "Teo",
                            "Koh"),
                    false),
            new Market(
                    "TYO-GINZA",
                    "JP",
                    null,
                    "ja",
                    "+81 3 #### ####",
                    List.of(
                            "陽翔/Haruto",
                            "結菜/Yuina",
                            "蓮/Ren",
                            "陽葵/Himari",
                            "湊/Minato",
                            "凛/Rin",
                            "大翔/Hiroto",
                            "芽依/Mei",
                            "悠真/Yuma",
                            "さくら/Sakura",
                            "健一/Kenichi",
                            "美咲/Misaki"),
                    List.of(
                            "佐藤/Sato",
                            "鈴木/Suzuki",
                            "高橋/Takahashi",
                            "田中/Tanaka",
                            "伊藤/Ito",
                            "渡辺/Watanabe",
                            "山本/Yamamoto",
                            "中村/Nakamura",
                            "小林/Kobayashi",
                            "加藤/Kato",
                            "吉田/Yoshida",
                            "山田/Yamada"),
                    true));

    private static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.net", "example.org");
    private static final List<String> TIERS = List.of("bronze", "silver", "gold", "platinum");
    private static final List<String> OPT_IN_SOURCES = List.of("POS", "WEB", "APP");
    private static final String POLICY = "2026-03";

    private DemoCustomers() {}

    /** {@code count} customers spread evenly over the markets, the same for the same count and day. */
    static List<Planned> plan(int count, LocalDate today) {
        Random random = new Random(SEED);
        List<Planned> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            customers.add(customer(MARKETS.get(i % MARKETS.size()), i, random, today));
        }
        return customers;
    }

    private static Planned customer(Market market, int index, Random random, LocalDate today) {
        String[] given = pick(market.givenNames(), random).split("/");
        String[] family = pick(market.familyNames(), random).split("/");
        String latinGiven = given[given.length - 1];
        String latinFamily = family[family.length - 1];
        String email = ascii(latinGiven + "." + latinFamily).replace(' ', '.') + (index + 1) + "@"
                + EMAIL_DOMAINS.get(index % EMAIL_DOMAINS.size());
        int roll = random.nextInt(100);
        Owner owner = market.storeCode().equals("BER-MITTE") && roll < 30
                ? Owner.TEAM
                : roll < 50 ? Owner.MANAGER : Owner.CLERK;
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("preferredLanguage", market.language());
        attributes.put("loyaltyTier", pick(TIERS, random));
        int special = random.nextInt(100);
        if (special < 5) {
            attributes.put("allergies", pick(List.of("nuts", "lactose", "nickel (jewellery)"), random));
        } else if (special < 9) {
            attributes.put("accessibilityNeeds", pick(List.of("wheelchair access", "hearing loop"), random));
        }
        int purchases = 1 + random.nextInt(40);
        return new Planned(
                market.storeCode(),
                given[0],
                family[0],
                email,
                digits(market.phonePattern(), random),
                LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                market.country(),
                market.subdivision(),
                owner,
                BigDecimal.valueOf(purchases * (20 + random.nextInt(180)))
                        .add(BigDecimal.valueOf(random.nextInt(100), 2)),
                purchases * (10 + random.nextInt(50)),
                purchases,
                today.minusDays(1 + random.nextInt(400)),
                attributes,
                consents(market, random));
    }

    /**
     * Marketing given at the till or online by about half, refused by some, later withdrawn by a few
     * (so some customers are lawful for marketing and some not); profiling by fewer; GPC opt-outs in
     * California; cross-border consent from some customers in China.
     */
    private static List<Consent> consents(Market market, Random random) {
        List<Consent> consents = new ArrayList<>();
        int marketing = random.nextInt(100);
        if (marketing < 55) {
            String source = pick(OPT_IN_SOURCES, random);
            consents.add(new Consent("MARKETING", "GRANTED", source, evidence(source)));
            if (random.nextInt(100) < 15) {
                consents.add(new Consent("MARKETING", "WITHDRAWN", "EMAIL", "unsubscribe link in a newsletter"));
            }
        } else if (marketing < 65) {
            consents.add(new Consent("MARKETING", "DENIED", "POS", evidence("POS")));
        }
        if (random.nextInt(100) < 30) {
            String source = pick(OPT_IN_SOURCES, random);
            consents.add(new Consent("PROFILING", "GRANTED", source, evidence(source)));
        }
        if ("US-CA".equals(market.subdivision()) && random.nextInt(100) < 25) {
            consents.add(new Consent("SALE_OR_SHARING", "WITHDRAWN", "GPC", "Sec-GPC: 1 on the web shop"));
        }
        if ("CN".equals(market.country()) && random.nextInt(100) < 40) {
            consents.add(new Consent("CROSS_BORDER_TRANSFER", "GRANTED", "APP", evidence("APP")));
        }
        return consents;
    }

    private static String evidence(String source) {
        return switch (source) {
            case "POS" -> "signed in-store form, policy " + POLICY;
            case "WEB" -> "web preference centre, policy " + POLICY;
            default -> "app settings screen, policy " + POLICY;
        };
    }

    static String policyVersion() {
        return POLICY;
    }

    private static String pick(List<String> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    private static String digits(String pattern, Random random) {
        StringBuilder number = new StringBuilder(pattern.length());
        for (char c : pattern.toCharArray()) {
            number.append(c == '#' ? (char) ('0' + random.nextInt(10)) : c);
        }
        return number.toString();
    }

    /** The address part of a name: accents dropped, apostrophes gone, lower case. */
    static String ascii(String name) {
        String decomposed = Normalizer.normalize(name.replace("ß", "ss").replace("ı", "i"), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace("'", "").toLowerCase(Locale.ROOT);
    }
}
