using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Seeding;

namespace BudgetEngine.Core.Tests.DuVo;

/// <summary>Seeded random distributions with components, each checked against what components guarantee.</summary>
public sealed class ComponentPropertyTests
{
    private const int Cases = 300;

    [Theory]
    [InlineData(1UL)]
    [InlineData(20_190_001UL)]
    public void Components_add_up_to_the_cent(ulong seed)
    {
        var random = new SeededRandom(seed);
        for (var i = 0; i < Cases; i++)
        {
            var input = RandomInput(random);
            var because = $"(seed {seed}, case {i})";

            var result = DuVoDistribution.Calculate(input);

            foreach (var share in result.Centrumgemeenten)
            {
                Money.Sum(share.Components.Select(c => c.Payment)).Should().Be(share.Payment, "a payment is the sum of its component shares " + because);
                Money.Sum(share.ByCircular.Select(c => c.Payment)).Should().Be(share.Payment, "and of its payments per circular " + because);
            }
            foreach (var (component, given) in result.Components.Zip(input.Components))
            {
                if (given is KeyedComponent keyed)
                {
                    var own = component.Distribution!;
                    component.TotalPayments.Should().Be(keyed.MacroBudget + own.TransitionBudget - own.TransitionUnpaid, "a keyed component pays its budgets " + because);
                }
                else
                {
                    component.TotalPayments.Should().Be(Money.Sum(((FixedComponent)given).Amounts.Select(a => a.Amount)), "fixed amounts are paid as given " + because);
                }
                Money.Sum(result.Centrumgemeenten.SelectMany(c => c.Components).Where(c => c.Component == component.Name).Select(c => c.Payment))
                    .Should().Be(component.TotalPayments, "the shares of a component add up to it " + because);
            }
            result.TotalPayments.Should().Be(result.MacroBudget + result.TransitionBudget - result.TransitionUnpaid, because);
            Money.Sum(result.ByCircular.Select(c => c.Payment)).Should().Be(result.TotalPayments, because);
        }
    }

    private static DistributionInput RandomInput(SeededRandom random)
    {
        var codes = Enumerable.Range(0, 1 + random.Next(6)).Select(n => $"GM{random.Next(10_000):D4}").Distinct().ToArray();
        var roster = codes.Select(c => new DistributionEntry(c, "Gemeente " + c, Money.Zero, 0m)).ToArray();
        var circulars = new[] { "meicirculaire 2019", "septembercirculaire 2019", "decembercirculaire 2019" };
        var components = Enumerable.Range(0, 1 + random.Next(4))
            .Select(n => random.Chance(1, 3)
                ? (DistributionComponent)new FixedComponent($"Vast {n}", random.Pick(circulars),
                    random.Shuffle(codes).Take(1 + random.Next(codes.Length)).Select(c => new FixedAmount(c, Money.FromCents(random.Next(0, 10_000_000)))).ToArray())
                : RandomKeyed(random, $"Sleutel {n}", random.Pick(circulars), codes))
            .ToArray();
        return new DistributionInput(2019, Money.Zero, random.Next(11) / 10m, roster) { Components = components };
    }

    private static KeyedComponent RandomKeyed(SeededRandom random, string name, string circular, string[] codes)
    {
        var entries = codes.Select((c, k) => new ComponentEntry(
            c,
            Money.FromCents(k == 0 ? 1 + random.Next(0, 1_000_000_000) : random.Next(0, 1_000_000_000)),
            k == 0 ? 1 + random.Next(100) : random.Next(100))).ToArray();
        return new KeyedComponent(name, circular, Money.FromCents(1 + random.Next(0, 5_000_000_000)), entries)
        {
            PhaseIn = random.Chance(1, 2) ? random.Next(11) / 10m : null,
            LossCap = random.Chance(1, 2) ? LossCap.FractionOfCut(random.Next(4) / 3m) : null,
            TransitionBudget = random.Chance(1, 2)
                ? new TransitionBudget("Transitiebudget", Money.FromCents(random.Next(0, 100_000_000))) { Remainder = random.Chance(1, 2) ? TransitionRemainder.Unpaid : TransitionRemainder.ByKey }
                : null,
        };
    }
}
