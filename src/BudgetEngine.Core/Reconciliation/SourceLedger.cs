using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// Reads a solved funding network back into per-source balances, line allocations and the findings they raise.
/// Per source and year: opening + income = costs + lapsed + closing, where costs include the shortfall the source
/// is accountable for, so that a deficit carries to the next year as the seed's results do.
/// </summary>
internal sealed class SourceLedger
{
    private readonly Scenario _scenario;
    private readonly FundingPot[] _pots;
    private readonly Demand[] _demands;
    private readonly string[] _codes;
    private readonly Dictionary<string, int> _sourceIndex;
    private readonly int _years;
    // Per source and year (index s * years + y).
    private readonly long[] _income, _paid, _shortfall, _conditional, _lapsed;
    private readonly long[] _opening;
    private readonly FundingNetwork _network;
    // Per pot: its source's index, and whether its money is conditional.
    private readonly int[] _potSource;
    private readonly bool[] _potConditional;
    private readonly long[] _demandShortfall;
    private readonly List<(FundingPot Pot, long Cents)> _lapses = [];

    public SourceLedger(Scenario scenario, FundingPot[] pots, Demand[] demands, FundingNetwork network)
    {
        _scenario = scenario;
        _pots = pots;
        _demands = demands;
        _codes = new string[scenario.Sources.Count];
        for (var i = 0; i < _codes.Length; i++) _codes[i] = scenario.Sources[i].Code;
        Array.Sort(_codes, StringComparer.Ordinal);
        _sourceIndex = new Dictionary<string, int>(_codes.Length, StringComparer.Ordinal);
        for (var i = 0; i < _codes.Length; i++) _sourceIndex.Add(_codes[i], i);
        var years = _years = scenario.LastYear - scenario.FirstYear + 1;
        _income = new long[_codes.Length * years];
        _paid = new long[_codes.Length * years];
        _shortfall = new long[_codes.Length * years];
        _conditional = new long[_codes.Length * years];
        _lapsed = new long[_codes.Length * years];
        _opening = new long[_codes.Length];
        _demandShortfall = new long[demands.Length];

        var potSource = new int[pots.Length];
        for (var p = 0; p < pots.Length; p++)
        {
            var pot = pots[p];
            var s = potSource[p] = _sourceIndex[pot.Source.Code];
            _opening[s] += pot.Opening;
            for (var y = 0; y < years; y++) _income[s * years + y] += pot.Income[y];
            var lapsed = network.Lapsed(p);
            if (lapsed > 0)
            {
                _lapsed[s * years + pot.EndYear] += lapsed;
                _lapses.Add((pot, lapsed));
            }
        }

        _network = network;
        _potSource = potSource;
        _potConditional = new bool[pots.Length];
        for (var p = 0; p < pots.Length; p++) _potConditional[p] = pots[p].Conditional;
        foreach (var (p, d, cents) in network.Payments())
        {
            var s = potSource[p];
            var year = demands[d].Year;
            _paid[s * years + year] += cents;
            if (_potConditional[p]) _conditional[s * years + year] += cents;
        }

        for (var d = 0; d < demands.Length; d++)
        {
            var shortfall = demands[d].Cents - network.Served(d);
            _demandShortfall[d] = shortfall;
            if (shortfall > 0 && demands[d].Accountable is { } accountable)
            {
                _shortfall[_sourceIndex[accountable.Code] * years + demands[d].Year] += shortfall;
            }
        }
    }

    /// <summary>Adds what each source paid of demand <paramref name="d"/>, and the conditional part of it, to the per-source sums.</summary>
    private void AddPayments(int d, long[] paid, long[] conditional)
    {
        var payments = _network.Payments();
        var (first, count) = _network.PaymentsOf(d);
        for (var k = first; k < first + count; k++)
        {
            var (p, _, cents) = payments[k];
            paid[_potSource[p]] += cents;
            if (_potConditional[p]) conditional[_potSource[p]] += cents;
        }
    }

    /// <summary>Each source's balance in year index <paramref name="y"/>, by code.</summary>
    public IReadOnlyList<SourceYear> Year(int y)
    {
        var result = new SourceYear[_codes.Length];
        for (var s = 0; s < _codes.Length; s++)
        {
            var i = s * _years + y;
            var opening = Opening(s, y);
            var costs = _paid[i] + _shortfall[i];
            var closing = opening + _income[i] - costs - _lapsed[i];
            result[s] = new SourceYear(_codes[s], Money.FromCents(opening), Money.FromCents(_income[i]), Money.FromCents(costs),
                Money.FromCents(_lapsed[i]), Money.FromCents(closing), Money.FromCents(_shortfall[i]), Money.FromCents(_conditional[i]));
        }
        return result;
    }

    private long Opening(int s, int y)
    {
        var balance = _opening[s];
        for (var earlier = 0; earlier < y; earlier++)
        {
            var i = s * _years + earlier;
            balance += _income[i] - _paid[i] - _shortfall[i] - _lapsed[i];
        }
        return balance;
    }

    /// <summary>Each line's allocation per year (split parts combined), by line name and year.</summary>
    public IReadOnlyList<LineAllocation> LineAllocations()
    {
        // Demands come in canonical order (line name, year, split part): a line-year's parts are consecutive.
        var result = new List<LineAllocation>(_demands.Length);
        var paid = new long[_codes.Length];
        var conditional = new long[_codes.Length];
        for (var first = 0; first < _demands.Length;)
        {
            var line = _demands[first].Line;
            var year = _demands[first].Year;
            var last = first;
            while (last + 1 < _demands.Length && ReferenceEquals(_demands[last + 1].Line, line) && _demands[last + 1].Year == year) last++;

            if (first == last && _network.PaymentsOf(first).Count <= 1)
            {
                // The common case: a line-year of one demand paid from one pot (or from none).
                result.Add(Single(first, line, year));
                first = last + 1;
                continue;
            }
            Array.Clear(paid);
            Array.Clear(conditional);
            long amount = 0, shortfall = 0;
            string? accountable = null;
            for (var d = first; d <= last; d++)
            {
                amount += _demands[d].Cents;
                shortfall += _demandShortfall[d];
                if (accountable is null && _demandShortfall[d] > 0) accountable = _demands[d].Accountable?.Code;
                AddPayments(d, paid, conditional);
            }
            var count = 0;
            for (var s = 0; s < _codes.Length; s++) if (paid[s] > 0) count++;
            var shares = count == 0 ? [] : new SourceShare[count];
            count = 0;
            for (var s = 0; s < _codes.Length; s++)
            {
                if (paid[s] > 0) shares[count++] = new SourceShare(_codes[s], Money.FromCents(paid[s]), Money.FromCents(conditional[s]));
            }
            result.Add(new LineAllocation(line.Name, _scenario.FirstYear + year, Money.FromCents(amount), shares, Money.FromCents(shortfall), accountable));
            first = last + 1;
        }
        return result;
    }

    /// <summary>The allocation of a line-year that is one demand with at most one payment.</summary>
    private LineAllocation Single(int d, CostLine line, int year)
    {
        var (firstPayment, count) = _network.PaymentsOf(d);
        SourceShare[] shares = [];
        if (count == 1)
        {
            var (p, _, cents) = _network.Payments()[firstPayment];
            shares = [new SourceShare(_codes[_potSource[p]], Money.FromCents(cents), _potConditional[p] ? Money.FromCents(cents) : Money.Zero)];
        }
        var shortfall = _demandShortfall[d];
        return new LineAllocation(line.Name, _scenario.FirstYear + year, Money.FromCents(_demands[d].Cents), shares, Money.FromCents(shortfall),
            shortfall > 0 ? _demands[d].Accountable?.Code : null);
    }

    private static string Describe(FundingPot pot)
    {
        var parts = pot.Grants.Select(IncomeSchedule.Describe).ToList();
        if (pot.HoldsOpeningBalance) parts.Insert(0, $"The opening balance of {pot.Source.Code}");
        return parts.Count == 1 ? parts[0] : string.Join(" and ", parts.Select((p, i) => i == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..])) + " together";
    }

    /// <summary>Over-allocated sources, conditional funding in use, lapsed money.</summary>
    public IEnumerable<Finding> Findings()
    {
        var years = _scenario.LastYear - _scenario.FirstYear + 1;
        for (var s = 0; s < _codes.Length; s++)
        {
            var deficit = 0L;
            for (var y = 0; y < years; y++)
            {
                var arising = _shortfall[s * years + y];
                deficit += arising;
                if (deficit <= 0) continue;
                var year = _scenario.FirstYear + y;
                yield return new Finding(FindingCode.OverAllocated, Severity.Error, year, _codes[s], null, Money.FromCents(deficit),
                    $"{_codes[s]} is over-allocated in {year}: {FindingText.Euros(deficit)} of the costs charged to it has no money"
                    + (arising > 0 ? $" ({FindingText.Euros(arising)} of it arising in {year})." : ", carried from earlier years."));
            }
        }

        var paid = new long[_codes.Length];
        var conditional = new long[_codes.Length];
        for (var d = 0; d < _demands.Length; d++)
        {
            var anyConditional = false;
            var (first, count) = _network.PaymentsOf(d);
            for (var k = first; k < first + count; k++) anyConditional |= _potConditional[_network.Payments()[k].Pot];
            if (!anyConditional) continue;
            Array.Clear(paid);
            Array.Clear(conditional);
            AddPayments(d, paid, conditional);
            for (var s = 0; s < _codes.Length; s++)
            {
                var cents = conditional[s];
                if (cents <= 0) continue;
                var demand = _demands[d];
                var year = _scenario.FirstYear + demand.Year;
                yield return new Finding(FindingCode.ConditionalFunding, Severity.Warning, year, _codes[s], demand.Line.Name, Money.FromCents(cents),
                    $"{FindingText.Euros(cents)} of '{demand.Line.Name}' in {year} rests on {_codes[s]} money that is not yet awarded (onder voorbehoud).");
            }
        }

        foreach (var (pot, cents) in _lapses)
        {
            var year = _scenario.FirstYear + pot.EndYear;
            var what = Describe(pot);
            yield return new Finding(FindingCode.FundsLapsed, Severity.Warning, year, pot.Source.Code, pot.Project, Money.FromCents(cents),
                $"{what} {(pot.Grants.Count + (pot.HoldsOpeningBalance ? 1 : 0) > 1 ? "leave" : "leaves")} {FindingText.Euros(cents)} unspent when its period ends in {year}; {pot.Source.Code} money does not carry over, so it lapses.");
        }
    }
}
