using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Tests.Reference;

/// <summary>
/// The GHNT action programme of Gooi en Vechtstreek 2018-2021 (seed 001, section 7 and the project sections of 4.1),
/// written as the seed's budget table is. See docs/reference/ghnt-gooi-en-vechtstreek-2018-2021.md.
/// </summary>
public static class GooiEnVechtstreek
{
    public const string Trauma = "Project trauma";
    public const string HandleWithCare = "Project Handle with Care";
    public const string Lespakket = "Lespakket en campagne onderwijs";
    public const string LokaleSamenwerking = "Lokale samenwerking zicht op veiligheid";
    public const string BorgenMda = "Borgen MDA++";
    public const string Plegeraanpak = "Plegeraanpak verbeteren";

    /// <summary>The scenario, with the "GNHT" spelling of the seed corrected to GHNT unless <paramref name="asWrittenInSeed"/>.</summary>
    public static Scenario Scenario(bool asWrittenInSeed = false) => new(
        "Regio Gooi en Vechtstreek",
        "GHNT actieprogramma 2018-2021",
        2018,
        2021,
        Sources: [
            new FundingSource("GHNT", FundingKind.Ghnt) { Name = "Geweld hoort nergens thuis", CarriesOver = true },
            new FundingSource("Projectenpool", FundingKind.Projectenpool) { Name = "Projectenpool van denken naar doen", CarriesOver = true },
        ],
        Grants: [
            Grant("GHNT", 25_000, GrantPeriod.CalendarYear(2018), GrantStatus.Awarded, "Bijdrage projectleiding 2018 (decembercirculaire 2018)"),
            Grant("GHNT", 75_000, GrantPeriod.CalendarYear(2019), GrantStatus.Awarded, "Bijdrage projectleiding 2019"),
            Grant("GHNT", 75_000, GrantPeriod.CalendarYear(2020), GrantStatus.Awarded, "Bijdrage projectleiding 2020"),
            Grant("GHNT", 75_000, GrantPeriod.CalendarYear(2021), GrantStatus.Awarded, "Bijdrage projectleiding 2021"),
            Grant("Projectenpool", 50_000, GrantPeriod.ProjectYear(2019), GrantStatus.Awarded, "Project trauma 2019-2020") with { Project = Trauma },
            Grant("Projectenpool", 50_000, GrantPeriod.ProjectYear(2019), GrantStatus.Awarded, "Handle with Care 2019-2020") with { Project = HandleWithCare },
            Grant("Projectenpool", 100_000, GrantPeriod.ProjectYear(2020), GrantStatus.Conditional, "Projectenpool, volgende projectjaren (2020)"),
            Grant("Projectenpool", 100_000, GrantPeriod.ProjectYear(2021), GrantStatus.Conditional, "Projectenpool, volgende projectjaren (2021)"),
        ],
        Lines: [
            Line("Projectleider", 1, "GHNT", (2018, 25_000), (2020, 20_000), (2021, 33_500)),
            Line(Trauma, 2, "Projectenpool", (2019, 30_000), (2020, 50_000), (2021, 50_000)),
            Line(HandleWithCare, 1, "Projectenpool", (2019, 30_000), (2020, 50_000), (2021, 5_000)),
            Line(Lespakket, 1, "GHNT", (2019, 10_500), (2020, 5_500), (2021, 5_500)),
            Line(LokaleSamenwerking, 1, asWrittenInSeed ? "GNHT" : "GHNT", (2019, 3_000), (2020, 32_000), (2021, 32_000)),
            Line("Ouderenmishandeling", 3, "GHNT", (2019, 1_000), (2020, 7_500), (2021, 20_000)),
            Line("Orange the World", 1, "GHNT", (2019, 2_500), (2020, 2_500), (2021, 2_500)),
            Line("Inhoudelijk netwerk AF", 1, "GHNT", (2019, 1_000), (2020, 1_000), (2021, 1_000)),
            new CostLine(BorgenMda, Amounts((2020, 45_000), (2021, 25_000)), Coverage.Flexible("GHNT", "Projectenpool")) { Actielijn = 2 },
            Line(Plegeraanpak, 2, "Projectenpool", (2020, 20_000), (2021, 25_000)),
            Line("Verbeteren inzet ervaringsdeskundigen en lotgenotencontact", 2, "GHNT", (2020, 5_000), (2021, 9_000)),
        ])
    {
        Declared = new DeclaredFigures
        {
            Totals = Amounts((2018, 25_000), (2019, 78_000), (2020, 238_500), (2021, 208_500)),
            Results = Amounts((2019, 97_000), (2020, 33_500)),
            Subtotals = [
                new DeclaredSubtotal("Traumasensitief werken", [Trauma], Amounts((2019, 30_000), (2020, 50_000), (2021, 50_000))),
                new DeclaredSubtotal("Verbinding zorg en onderwijs", [HandleWithCare, Lespakket], Amounts((2019, 50_500), (2020, 55_500), (2021, 10_500))),
                new DeclaredSubtotal("Lokale samenwerking", [LokaleSamenwerking], Amounts((2019, 3_000), (2020, 32_000), (2021, 32_000))),
                new DeclaredSubtotal("Ouderenmishandeling", ["Ouderenmishandeling"], Amounts((2019, 1_000), (2020, 7_500), (2021, 20_000))),
            ],
        },
    };

    public static Money Eur(decimal euros) => Money.FromEuros(euros);

    private static Grant Grant(string source, decimal amount, GrantPeriod period, GrantStatus status, string description) =>
        new(source, Eur(amount), period, status) { Description = description };

    private static CostLine Line(string name, int actielijn, string source, params (int Year, decimal Amount)[] amounts) =>
        new(name, Amounts(amounts), Coverage.Single(source)) { Actielijn = actielijn };

    private static Dictionary<int, Money> Amounts(params (int Year, decimal Amount)[] amounts) =>
        amounts.ToDictionary(a => a.Year, a => Eur(a.Amount));
}
