using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;

namespace BudgetEngine.Core.Tests.DuVo;

/// <summary>The reference DU VO spend plans of docs/reference/duvo.md, as named cases.</summary>
internal static class ReferencePlans
{
    private static Money E(decimal euros) => Money.FromEuros(euros);

    /// <summary>Utrecht (GM0344), 2015: seed 004, section 4.3 (May circular 2014).</summary>
    public static SpendPlan Utrecht2015 => new(
        "GM0344",
        2015,
        [
            new SpendCategory("Veilig Thuis", E(1_014_710m)),
            new SpendCategory("Opvang en begeleiding", E(4_020_714m)),
            new SpendCategory("Algemeen", E(378_242m)),
        ])
    {
        Name = "Utrecht",
        Payment = E(5_413_666m),
    };

    /// <summary>Amersfoort (GM0307), 2015: seed 004, section 4.3.</summary>
    public static SpendPlan Amersfoort2015 => new(
        "GM0307",
        2015,
        [
            new SpendCategory("Veilig Thuis", E(719_500m)),
            new SpendCategory("Opvang en begeleiding", E(1_279_363m)),
            new SpendCategory("Algemeen", E(77_903m)),
        ])
    {
        Name = "Amersfoort",
        Payment = E(2_076_766m),
    };

    /// <summary>Arnhem (GM0202), 2019: seed 002, "Mensen en Middelen", with its region of 18.</summary>
    public static SpendPlan Arnhem2019 => new(
        "GM0202",
        2019,
        [
            new SpendCategory("Vrouwenopvang / ambulante begeleiding / zorgcoördinatie mensenhandel / preventie", E(3_100_000m)),
            new SpendCategory("Veilig Thuis Gelderland-Midden en Noord Oost Gelderland", E(1_700_000m)),
            new SpendCategory("Centra seksueel geweld", E(100_000m)),
            new SpendCategory("Speerpuntprojecten en uitvoeringskosten regioaanpak", E(300_000m)),
        ])
    {
        Name = "Arnhem",
        Payment = E(5_200_000m),
        Regiogemeenten = ArnhemRegion,
    };

    /// <summary>
    /// The 18 municipalities of the Arnhem region (Arnhem included). The inhabitant numbers are ILLUSTRATIVE test data,
    /// roughly of the right size but not official CBS figures; the codes are believed correct but are also only test data.
    /// </summary>
    public static IReadOnlyList<Regiogemeente> ArnhemRegion =>
    [
        Regio("GM0197", "Aalten", 27_121),
        Regio("GM0202", "Arnhem", 159_265),
        Regio("GM1859", "Berkelland", 44_033),
        Regio("GM1876", "Bronckhorst", 36_193),
        Regio("GM0221", "Doesburg", 11_327),
        Regio("GM0222", "Doetinchem", 57_994),
        Regio("GM0226", "Duiven", 25_549),
        Regio("GM1705", "Lingewaard", 46_711),
        Regio("GM1955", "Montferland", 35_701),
        Regio("GM1586", "Oost Gelre", 29_627),
        Regio("GM1509", "Oude IJsselstreek", 39_522),
        Regio("GM1734", "Overbetuwe", 47_651),
        Regio("GM0274", "Renkum", 31_335),
        Regio("GM0275", "Rheden", 43_571),
        Regio("GM0277", "Rozendaal", 1_587),
        Regio("GM0293", "Westervoort", 14_997),
        Regio("GM0294", "Winterswijk", 28_945),
        Regio("GM0299", "Zevenaar", 43_589),
    ];

    private static Regiogemeente Regio(string code, string name, long inhabitants) =>
        new(code, name) { Inhabitants = inhabitants };
}
