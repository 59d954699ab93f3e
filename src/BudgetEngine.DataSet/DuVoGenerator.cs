using BudgetEngine.Seeding;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;

namespace BudgetEngine.DataSet;

/// <summary>
/// The synthetic DU VO part of the national set: one year's national distribution over 35 centrumgemeenten (phase-in,
/// loss cap, transition budget) and per centrumgemeente a spend plan with 18 regiogemeenten (the centrumgemeente and
/// 17 others). 35 x 17 others exceed the 307 municipalities that are not centrumgemeenten, so the regions take the
/// others round-robin and about half of them sit in two plans; each plan is calculated on its own, so that only
/// affects the realism of the membership, not the work.
/// </summary>
public static class DuVoGenerator
{
    /// <summary>The payment year.</summary>
    public const int Year = 2025;

    public static DistributionInput Distribution(SeededRandom random, IReadOnlyList<string> municipalityNames, int centrumgemeenten)
    {
        var entries = new List<DistributionEntry>(centrumgemeenten);
        for (var i = 0; i < centrumgemeenten; i++)
        {
            var historical = Money.FromCents(random.Next(1_500_000_00, 12_000_000_00));
            var weight = Math.Round(historical.Euros / 1_000_000m * random.Next(80, 121) / 100m, 6);
            entries.Add(new DistributionEntry(Names.MunicipalityCode(i), municipalityNames[i], historical, weight));
        }
        var macro = Money.FromEuros(Math.Round(entries.Sum(e => e.Historical.Euros) * 1.02m, 2));
        return new DistributionInput(Year, macro, 0.6m, entries)
        {
            TransitionBudget = new TransitionBudget("Transitiebudget VWS (synthetisch)", Money.FromEuros(10_000_000m)),
            LossCap = LossCap.Fraction(0.05m),
        };
    }

    public static IReadOnlyList<SpendPlan> Plans(SeededRandom random, IReadOnlyList<string> municipalityNames, int centrumgemeenten, int regionSize)
    {
        var plans = new List<SpendPlan>(centrumgemeenten);
        var others = municipalityNames.Count - centrumgemeenten;
        var next = 0;
        for (var c = 0; c < centrumgemeenten; c++)
        {
            var region = new List<Regiogemeente>(regionSize) { Regio(random, c, municipalityNames[c], centre: true) };
            for (var k = 1; k < regionSize; k++)
            {
                var m = centrumgemeenten + next++ % others;
                region.Add(Regio(random, m, municipalityNames[m], centre: false));
            }
            var scale = random.Next(2_000_000_00, 11_000_000_00);
            Money Part(int percent) => Money.FromCents(scale * percent / 100 + random.Next(0, 100_000_00));
            var veiligThuis = Part(30);
            plans.Add(new SpendPlan(Names.MunicipalityCode(c), Year,
            [
                new SpendCategory("Veilig Thuis", veiligThuis)
                {
                    Parts = [new CategoryPart("Veilig Thuis voor minderjarigen", Money.FromCents(veiligThuis.Cents * 40 / 100)) { Source = DuVoSources.Jeugd, Tags = [DuVoTags.Minors] }],
                },
                new SpendCategory("Opvang en begeleiding", Part(45))
                {
                    Parts = [new CategoryPart("Crisisplaatsen maatschappelijke opvang", Part(5)) { Source = random.Chance(1, 5) ? DuVoSources.DuVo : DuVoSources.DuMo, Tags = [DuVoTags.DumoCrisis] }],
                },
                new SpendCategory("Preventie en aanpak", Part(12)),
                new SpendCategory("Centrum seksueel geweld", Part(4)),
                new SpendCategory("Algemeen", Part(6)),
            ])
            {
                Name = municipalityNames[c],
                Regiogemeenten = region,
            });
        }
        return plans;
    }

    private static Regiogemeente Regio(SeededRandom random, int index, string name, bool centre) =>
        new(Names.MunicipalityCode(index), name) { Inhabitants = centre ? random.Next(80_000, 900_000) : random.Next(1_500, 160_000) };
}
