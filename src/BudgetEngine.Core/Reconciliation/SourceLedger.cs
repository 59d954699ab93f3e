using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// Reads a solved funding network back into per-source balances, the unfunded part, line allocations and the
/// findings they raise, as docs/accounting-model.md sets out.
/// <list type="bullet">
/// <item>A cost is charged to a source in the cost's own year: what the source pays of it (then, or later when it settles
/// a deficit), and what no source pays of a line the source is accountable for.</item>
/// <item>Per source and year: opening + income + deficit to unfunded = costs + lapsed + closing; the closing carries to
/// the next year. A source whose money carries over carries its deficit too, and its later income settles it (its
/// balance is the ledger's). A source whose money does not carry over hands its deficit to unfunded at year end.</item>
/// <item>Unfunded ("Ongedekt"): income of unknown sources, costs no source may pay and the deficits handed to it.</item>
/// </list>
/// </summary>
internal sealed class SourceLedger
{
    private readonly Scenario _scenario;
    private readonly FundingPot[] _pots;
    private readonly Demand[] _demands;
    private readonly string[] _codes;
    private readonly bool[] _carries;
    private readonly int _years;
    // Per source and year (index s * years + y).
    private readonly long[] _income, _charged, _conditional, _lapsed, _unpaid;
    // Per source, cost year and year paid (index (s * years + t) * years + y): costs of year t paid from money of year y > t.
    private readonly long[] _settled;
    private readonly long[] _opening;
    // Per year: costs no source may pay.
    private readonly long[] _unfundedCosts;
    private readonly FundingNetwork _network;
    // Per pot: its source's index, and whether its money is conditional.
    private readonly int[] _potSource;
    private readonly bool[] _potConditional;
    private readonly List<(FundingPot Pot, long Cents)> _lapses = [];

    public SourceLedger(Scenario scenario, FundingPot[] pots, Demand[] demands, FundingNetwork network)
    {
        _scenario = scenario;
        _pots = pots;
        _demands = demands;
        _network = network;
        var sources = scenario.Sources.OrderBy(s => s.Code, StringComparer.Ordinal).ToArray();
        _codes = sources.Select(s => s.Code).ToArray();
        _carries = sources.Select(s => s.CarriesOver).ToArray();
        var sourceIndex = new Dictionary<string, int>(_codes.Length, StringComparer.Ordinal);
        for (var i = 0; i < _codes.Length; i++) sourceIndex.Add(_codes[i], i);
        var years = _years = scenario.LastYear - scenario.FirstYear + 1;
        _income = new long[_codes.Length * years];
        _charged = new long[_codes.Length * years];
        _conditional = new long[_codes.Length * years];
        _lapsed = new long[_codes.Length * years];
        _unpaid = new long[_codes.Length * years];
        _settled = new long[_codes.Length * years * years];
        _opening = new long[_codes.Length];
        _unfundedCosts = new long[years];

        _potSource = new int[pots.Length];
        _potConditional = new bool[pots.Length];
        for (var p = 0; p < pots.Length; p++)
        {
            var pot = pots[p];
            var s = _potSource[p] = sourceIndex[pot.Source.Code];
            _potConditional[p] = pot.Conditional;
            _opening[s] += pot.Opening;
            for (var y = 0; y < years; y++) _income[s * years + y] += pot.Income[y];
            var lapsed = network.Lapsed(p);
            if (lapsed > 0)
            {
                _lapsed[s * years + pot.EndYear] += lapsed;
                _lapses.Add((pot, lapsed));
            }
        }

        foreach (var payment in network.Payments())
        {
            var s = _potSource[payment.Pot];
            var year = demands[payment.Demand].Year;
            _charged[s * years + year] += payment.Cents;
            if (_potConditional[payment.Pot]) _conditional[s * years + year] += payment.Cents;
            if (payment.FromYear > year) _settled[(s * years + year) * years + payment.FromYear] += payment.Cents;
        }

        for (var d = 0; d < demands.Length; d++)
        {
            var unpaid = demands[d].Cents - network.Served(d);
            if (unpaid == 0) continue;
            if (demands[d].Accountable is { } accountable)
            {
                var i = sourceIndex[accountable.Code] * years + demands[d].Year;
                _charged[i] += unpaid;
                _unpaid[i] += unpaid;
            }
            else
            {
                _unfundedCosts[demands[d].Year] += unpaid;
            }
        }
    }

    /// <summary>What source <paramref name="s"/> hands to unfunded at the end of year index <paramref name="y"/>.</summary>
    private long DeficitToUnfunded(int s, int y) => _carries[s] ? 0 : _unpaid[s * _years + y];

    /// <summary>Costs of year index <paramref name="costYear"/> charged to source <paramref name="s"/> and paid from money of a year in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    private long SettledIn(int s, int costYear, int from, int to)
    {
        var sum = 0L;
        for (var y = Math.Max(from, costYear + 1); y <= to; y++) sum += _settled[(s * _years + costYear) * _years + y];
        return sum;
    }

    /// <summary>Costs of year index <paramref name="costYear"/> charged to source <paramref name="s"/> that are still unpaid at the end of year index <paramref name="y"/>.</summary>
    private long OutstandingAt(int s, int costYear, int y) => SettledIn(s, costYear, y + 1, _years - 1) + _unpaid[s * _years + costYear];

    /// <summary>Each source's balance in year index <paramref name="y"/>, by code.</summary>
    public IReadOnlyList<SourceYear> Year(int y)
    {
        var result = new SourceYear[_codes.Length];
        for (var s = 0; s < _codes.Length; s++)
        {
            var i = s * _years + y;
            var opening = Opening(s, y);
            var handed = DeficitToUnfunded(s, y);
            var closing = opening + _income[i] - _charged[i] - _lapsed[i] + handed;
            var settledNow = 0L;
            for (var t = 0; t < y; t++) settledNow += _settled[(s * _years + t) * _years + y];
            result[s] = new SourceYear(_codes[s], Money.FromCents(opening), Money.FromCents(_income[i]), Money.FromCents(_charged[i]),
                Money.FromCents(_lapsed[i]), Money.FromCents(closing), Money.FromCents(OutstandingAt(s, y, y)), Money.FromCents(_conditional[i]))
            {
                DeficitToUnfunded = Money.FromCents(handed),
                DeficitSettled = Money.FromCents(settledNow),
            };
        }
        return result;
    }

    private long Opening(int s, int y)
    {
        var balance = _opening[s];
        for (var earlier = 0; earlier < y; earlier++)
        {
            var i = s * _years + earlier;
            balance += _income[i] - _charged[i] - _lapsed[i] + DeficitToUnfunded(s, earlier);
        }
        return balance;
    }

    /// <summary>Costs no source may pay in year index <paramref name="y"/>.</summary>
    public long UnfundedCosts(int y) => _unfundedCosts[y];

    /// <summary>The deficits sources hand to unfunded at the end of year index <paramref name="y"/>.</summary>
    public long DeficitsToUnfunded(int y)
    {
        var sum = 0L;
        for (var s = 0; s < _codes.Length; s++) sum += DeficitToUnfunded(s, y);
        return sum;
    }

    /// <summary>Each line's allocation per year (split parts combined), by line name and year.</summary>
    public IReadOnlyList<LineAllocation> LineAllocations()
    {
        // Demands come in canonical order (line name, year, split part): a line-year's parts are consecutive.
        var result = new List<LineAllocation>(_demands.Length);
        var paid = new long[_codes.Length];
        var conditional = new long[_codes.Length];
        var payments = _network.Payments();
        for (var first = 0; first < _demands.Length;)
        {
            var line = _demands[first].Line;
            var year = _demands[first].Year;
            var last = first;
            while (last + 1 < _demands.Length && ReferenceEquals(_demands[last + 1].Line, line) && _demands[last + 1].Year == year) last++;

            Array.Clear(paid);
            Array.Clear(conditional);
            long amount = 0, shortfall = 0;
            string? accountable = null;
            List<DeficitSettlement>? settled = null;
            for (var d = first; d <= last; d++)
            {
                amount += _demands[d].Cents;
                var unpaid = _demands[d].Cents - _network.Served(d);
                shortfall += unpaid;
                if (accountable is null && unpaid > 0) accountable = _demands[d].Accountable?.Code;
                var (firstPayment, count) = _network.PaymentsOf(d);
                for (var k = firstPayment; k < firstPayment + count; k++)
                {
                    var payment = payments[k];
                    var s = _potSource[payment.Pot];
                    paid[s] += payment.Cents;
                    if (_potConditional[payment.Pot]) conditional[s] += payment.Cents;
                    if (payment.FromYear > year) AddSettlement(settled ??= [], _codes[s], _scenario.FirstYear + payment.FromYear, payment.Cents);
                }
            }
            var shares = new List<SourceShare>(1);
            for (var s = 0; s < _codes.Length; s++)
            {
                if (paid[s] > 0) shares.Add(new SourceShare(_codes[s], Money.FromCents(paid[s]), Money.FromCents(conditional[s])));
            }
            settled?.Sort((a, b) => a.Source != b.Source ? string.CompareOrdinal(a.Source, b.Source) : a.Year.CompareTo(b.Year));
            result.Add(new LineAllocation(line.Name, _scenario.FirstYear + year, Money.FromCents(amount), shares, Money.FromCents(shortfall), accountable)
            {
                Settled = (IReadOnlyList<DeficitSettlement>?)settled ?? [],
            });
            first = last + 1;
        }
        return result;
    }

    private static void AddSettlement(List<DeficitSettlement> settled, string source, int year, long cents)
    {
        for (var i = 0; i < settled.Count; i++)
        {
            if (settled[i].Source == source && settled[i].Year == year)
            {
                settled[i] = settled[i] with { Amount = settled[i].Amount + Money.FromCents(cents) };
                return;
            }
        }
        settled.Add(new DeficitSettlement(source, year, Money.FromCents(cents)));
    }

    private static string Describe(FundingPot pot)
    {
        var parts = pot.Grants.Select(IncomeSchedule.Describe).ToList();
        if (pot.HoldsOpeningBalance) parts.Insert(0, $"The opening balance of {pot.Source.Code}");
        return parts.Count == 1 ? parts[0] : string.Join(" and ", parts.Select((p, i) => i == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..])) + " together";
    }

    /// <summary>Over-allocated sources, deficits settled, conditional funding in use, lapsed money.</summary>
    public List<Finding> Findings()
    {
        var findings = new List<Finding>();
        for (var s = 0; s < _codes.Length; s++)
        {
            for (var y = 0; y < _years; y++)
            {
                if (OverAllocated(s, y) is { } finding) findings.Add(finding);
            }
            for (var t = 0; t < _years; t++)
            {
                for (var y = t + 1; y < _years; y++)
                {
                    var cents = _settled[(s * _years + t) * _years + y];
                    if (cents == 0) continue;
                    int costYear = _scenario.FirstYear + t, year = _scenario.FirstYear + y;
                    findings.Add(new Finding(ReconciliationFindingCodes.DeficitSettled, Severity.Info, year, _codes[s], null, Money.FromCents(cents),
                        $"{FindingText.Euros(cents)} of the deficit {_codes[s]} carried from {costYear} is settled in {year}."));
                }
            }
        }

        var conditional = new long[_codes.Length];
        var payments = _network.Payments();
        for (var d = 0; d < _demands.Length; d++)
        {
            var (first, count) = _network.PaymentsOf(d);
            var anyConditional = false;
            for (var k = first; k < first + count; k++) anyConditional |= _potConditional[payments[k].Pot];
            if (!anyConditional) continue;
            Array.Clear(conditional);
            for (var k = first; k < first + count; k++)
            {
                if (_potConditional[payments[k].Pot]) conditional[_potSource[payments[k].Pot]] += payments[k].Cents;
            }
            for (var s = 0; s < _codes.Length; s++)
            {
                var cents = conditional[s];
                if (cents <= 0) continue;
                var demand = _demands[d];
                var year = _scenario.FirstYear + demand.Year;
                findings.Add(new Finding(FindingCode.ConditionalFunding, Severity.Warning, year, _codes[s], demand.Line.Name, Money.FromCents(cents),
                    $"{FindingText.Euros(cents)} of '{demand.Line.Name}' in {year} rests on {_codes[s]} money that is not yet awarded (onder voorbehoud)."));
            }
        }

        foreach (var (pot, cents) in _lapses)
        {
            var year = _scenario.FirstYear + pot.EndYear;
            var what = Describe(pot);
            findings.Add(new Finding(FindingCode.FundsLapsed, Severity.Warning, year, pot.Source.Code, pot.Project, Money.FromCents(cents),
                $"{what} {(pot.Grants.Count + (pot.HoldsOpeningBalance ? 1 : 0) > 1 ? "leave" : "leaves")} {FindingText.Euros(cents)} unspent when its period ends in {year}; {pot.Source.Code} money does not carry over, so it lapses."));
        }
        return findings;
    }

    /// <summary>
    /// OVER_ALLOCATED for source <paramref name="s"/> in year index <paramref name="y"/>: when it closes below zero (by
    /// that amount), or hands a deficit to unfunded (by the deficit); otherwise none.
    /// </summary>
    private Finding? OverAllocated(int s, int y)
    {
        var code = _codes[s];
        var year = _scenario.FirstYear + y;
        var i = s * _years + y;
        if (!_carries[s])
        {
            var handed = _unpaid[i];
            if (handed == 0) return null;
            return new Finding(FindingCode.OverAllocated, Severity.Error, year, code, null, Money.FromCents(handed),
                $"{code} is over-allocated in {year}: {FindingText.Euros(handed)} of the costs charged to it has no money. "
                + $"{code} money does not carry over, so neither does its deficit: it goes to unfunded (Ongedekt) at the end of {year}.");
        }

        var closing = Opening(s, y) + _income[i] - _charged[i] - _lapsed[i];
        if (closing >= 0) return null;
        var arising = OutstandingAt(s, y, y);
        var settledLater = SettledIn(s, y, y + 1, _years - 1);
        var carried = 0L;
        for (var t = 0; t < y; t++) carried += OutstandingAt(s, t, y);
        var message = $"{code} is over-allocated in {year}: it closes the year at {FindingText.Euros(closing)}.";
        if (arising > 0)
        {
            message += $" {FindingText.Euros(arising)} of the costs charged to it in {year} has no money by the end of the year"
                + (settledLater > 0 ? $" ({FindingText.Euros(settledLater)} of it is settled in {SettlementYears(s, y)})." : ".");
        }
        if (carried > 0)
        {
            message += $" {FindingText.Euros(carried)} is a deficit carried from earlier years, not yet settled.";
        }
        return new Finding(FindingCode.OverAllocated, Severity.Error, year, code, null, Money.FromCents(-closing), message);
    }

    /// <summary>The years in which source <paramref name="s"/> settles costs of year index <paramref name="costYear"/>, as "2019" or "2019 and 2020".</summary>
    private string SettlementYears(int s, int costYear)
    {
        var years = new List<string>();
        for (var y = costYear + 1; y < _years; y++)
        {
            if (_settled[(s * _years + costYear) * _years + y] > 0) years.Add((_scenario.FirstYear + y).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return years.Count == 1 ? years[0] : string.Join(", ", years[..^1]) + " and " + years[^1];
    }
}
