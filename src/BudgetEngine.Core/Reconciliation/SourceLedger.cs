using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.LineTotals;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// Reads a solved funding network back into per-source balances, the unfunded part, line allocations and the
/// findings they raise, as docs/accounting-model.md sets out.
/// <list type="bullet">
/// <item>A cost is charged to a source in the cost's own year: what the source pays of it (then, or later when it settles
/// a deficit), and what no source pays of a line the source is accountable for.</item>
/// <item>Per source and year: opening + income + deficit to unfunded = costs + lapsed + repaid + closing; the closing carries to
/// the next year. A source whose money carries over carries its deficit too, and its later income settles it (its
/// balance is the ledger's). A source whose money does not carry over hands its deficit to unfunded at year end.</item>
/// <item>Unfunded ("Ongedekt"): income of unknown sources, costs no source may pay and the deficits handed to it.</item>
/// </list>
/// </summary>
internal sealed class SourceLedger
{
    private readonly Scenario _scenario;
    private readonly Demand[] _demands;
    private readonly string[] _codes;
    private readonly bool[] _carries;
    private readonly int _years;
    // Per source and year (index s * years + y).
    private readonly long[] _income, _charged, _conditional, _lapsed, _repaid, _unpaid;
    // Per source, cost year and year paid (index (s * years + t) * years + y): costs of year t paid from money of year y > t.
    private readonly long[] _settled;
    private readonly long[] _opening;
    // Per year: costs no source may pay.
    private readonly long[] _unfundedCosts;
    private readonly FundingNetwork _network;
    // Where each line-year's demands begin in _demands, and one past the last (the allocations' index).
    private readonly int[] _lineYearStarts;
    // Per pot: its source's index, and whether its money is conditional.
    private readonly int[] _potSource;
    private readonly bool[] _potConditional;
    // What each pot that expires left unspent at the end of its period: lapsed, or repaid.
    private readonly List<(FundingPot Pot, long Cents)> _expiries = [];

    public SourceLedger(Scenario scenario, FundingPot[] pots, Demand[] demands, FundingNetwork network)
    {
        _scenario = scenario;
        _demands = demands;
        _network = network;
        _lineYearStarts = LineYearStarts(demands);
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
        _repaid = new long[_codes.Length * years];
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
            var unspent = network.Unspent(p);
            if (unspent > 0)
            {
                (pot.Repays ? _repaid : _lapsed)[s * years + pot.EndYear] += unspent;
                _expiries.Add((pot, unspent));
            }
        }

        foreach (var payment in network.Payments())
        {
            var s = _potSource[payment.Pot];
            var year = demands[payment.Demand].Year;
            _charged[s * years + year] += payment.Cents;
            if (_potConditional[payment.Pot]) _conditional[s * years + year] += payment.Cents;
            // Stryker disable once Equality : a payment of the year itself would sit on the diagonal, which is never read
            if (payment.FromYear > year) _settled[(s * years + year) * years + payment.FromYear] += payment.Cents;
        }

        for (var d = 0; d < demands.Length; d++)
        {
            var unpaid = demands[d].Cents - network.Served(d);
            // Stryker disable once Statement : adding zero changes nothing
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

    /// <summary>Costs of year index <paramref name="costYear"/> charged to source <paramref name="s"/> and paid from money of a year in [<paramref name="from"/>, <paramref name="to"/>] (after <paramref name="costYear"/>).</summary>
    private long SettledIn(int s, int costYear, int from, int to)
    {
        var sum = 0L;
        for (var y = from; y <= to; y++) sum += _settled[(s * _years + costYear) * _years + y];
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
            var closing = opening + _income[i] - _charged[i] - _lapsed[i] - _repaid[i] + handed;
            var settledNow = 0L;
            // Stryker disable once Equality : the diagonal (a year settling itself) is always zero
            for (var t = 0; t < y; t++) settledNow += _settled[(s * _years + t) * _years + y];
            result[s] = new SourceYear(_codes[s], Money.FromCents(opening), Money.FromCents(_income[i]), Money.FromCents(_charged[i]),
                Money.FromCents(_lapsed[i]), Money.FromCents(closing), Money.FromCents(OutstandingAt(s, y, y)), Money.FromCents(_conditional[i]))
            {
                DeficitToUnfunded = Money.FromCents(handed),
                DeficitSettled = Money.FromCents(settledNow),
                Repaid = Money.FromCents(_repaid[i]),
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
            balance += _income[i] - _charged[i] - _lapsed[i] - _repaid[i] + DeficitToUnfunded(s, earlier);
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

    /// <summary>
    /// The costs charged per group of lines (<paramref name="key"/> of each line) in every year index, groups in
    /// <paramref name="order"/>: to each source what <see cref="Year"/> charges it (what it pays, and what no source pays of
    /// the lines it is accountable for), the rest to unfunded. Summed over the groups, each source's amounts are its costs.
    /// </summary>
    public LineGroupCosts[][] CostsByGroup(Func<CostLine, string> key, IComparer<string> order)
    {
        var keys = _scenario.Lines.Select(key).Distinct(StringComparer.Ordinal).Order(order).ToArray();
        var groupIndex = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        for (var g = 0; g < keys.Length; g++) groupIndex.Add(keys[g], g);

        // Per group, year and source (index (g * years + y) * width + s); the last column of a row is unfunded.
        var width = _codes.Length + 1;
        var charged = new long[keys.Length * _years * width];
        // Each demand's row, its line's group looked up once per run of demands of the same line (they come together).
        var demandRow = new int[_demands.Length];
        CostLine? line = null;
        var group = 0;
        for (var d = 0; d < _demands.Length; d++)
        {
            if (!ReferenceEquals(_demands[d].Line, line))
            {
                line = _demands[d].Line;
                group = groupIndex[key(line)];
            }
            demandRow[d] = (group * _years + _demands[d].Year) * width;
        }
        foreach (var payment in _network.Payments())
        {
            charged[demandRow[payment.Demand] + _potSource[payment.Pot]] += payment.Cents;
        }
        var sourceIndex = new Dictionary<string, int>(_codes.Length, StringComparer.Ordinal);
        for (var s = 0; s < _codes.Length; s++) sourceIndex.Add(_codes[s], s);
        for (var d = 0; d < _demands.Length; d++)
        {
            var unpaid = _demands[d].Cents - _network.Served(d);
            // Stryker disable once Statement : adding zero changes nothing
            if (unpaid == 0) continue;
            charged[demandRow[d] + (_demands[d].Accountable is { } accountable ? sourceIndex[accountable.Code] : _codes.Length)] += unpaid;
        }

        var result = new LineGroupCosts[_years][];
        for (var y = 0; y < _years; y++)
        {
            result[y] = new LineGroupCosts[keys.Length];
            for (var g = 0; g < keys.Length; g++)
            {
                var row = (g * _years + y) * width;
                var sources = new List<SourceCharge>();
                var costs = 0L;
                for (var s = 0; s < width; s++) costs += charged[row + s];
                for (var s = 0; s < _codes.Length; s++)
                {
                    if (charged[row + s] != 0) sources.Add(new SourceCharge(_codes[s], Money.FromCents(charged[row + s])));
                }
                result[y][g] = new LineGroupCosts(keys[g], Money.FromCents(costs), sources, Money.FromCents(charged[row + _codes.Length]));
            }
        }
        return result;
    }

    /// <summary>How many line-years the scenario has: one allocation each.</summary>
    public int LineYearCount => _lineYearStarts.Length - 1;

    /// <summary>
    /// The allocation of line-year <paramref name="index"/> (split parts combined; line-years by line name and year),
    /// worked out from the solved network each time it is asked for: nothing is kept, so a large scenario's allocations
    /// live only as long as their reader holds them.
    /// </summary>
    public LineAllocation LineAllocation(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, LineYearCount);
        var first = _lineYearStarts[index];
        var last = _lineYearStarts[index + 1] - 1;
        var line = _demands[first].Line;
        var year = _demands[first].Year;
        // Stryker disable once Equality,Conditional : stack or heap, the same sums
        Span<long> paid = _codes.Length <= StackSources ? stackalloc long[StackSources] : new long[_codes.Length];
        // Stryker disable once Equality,Conditional : stack or heap, the same sums
        Span<long> conditional = _codes.Length <= StackSources ? stackalloc long[StackSources] : new long[_codes.Length];
        paid = paid[.._codes.Length];
        conditional = conditional[.._codes.Length];
        // Memory from stackalloc and new starts at zero here (locals are initialised), so the clears are a safeguard.
        // Stryker disable once Statement : the span is zero already
        paid.Clear();
        // Stryker disable once Statement : the span is zero already
        conditional.Clear();
        var payments = _network.Payments();
        long amount = 0, shortfall = 0;
        string? accountable = null;
        // Deficits settled late, summed by source and year paid (key s * years + year: sources are in code order, so
        // keys order as the allocation lists them); never more of them than the line-year has payments.
        var slots = 0;
        for (var d = first; d <= last; d++) slots += _network.PaymentsOf(d).Count;
        // Stryker disable once Equality,Conditional : stack or heap, the same sums
        Span<long> settledKeys = slots <= StackSettlements ? stackalloc long[StackSettlements] : new long[slots];
        // Stryker disable once Equality,Conditional : stack or heap, the same sums
        Span<long> settledCents = slots <= StackSettlements ? stackalloc long[StackSettlements] : new long[slots];
        var settledCount = 0;
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
                if (payment.FromYear > year) settledCount = AddSettlement(settledKeys, settledCents, settledCount, s * _years + payment.FromYear, payment.Cents);
            }
        }
        var paying = 0;
        for (var s = 0; s < _codes.Length; s++)
        {
            if (paid[s] > 0) paying++;
        }
        // Stryker disable once Conditional : an empty array either way
        var shares = paying == 0 ? [] : new SourceShare[paying];
        paying = 0;
        for (var s = 0; s < _codes.Length; s++)
        {
            if (paid[s] > 0) shares[paying++] = new SourceShare(_codes[s], Money.FromCents(paid[s]), Money.FromCents(conditional[s]));
        }
        // Stryker disable once Conditional : an empty array either way
        var settledLate = settledCount == 0 ? [] : new DeficitSettlement[settledCount];
        for (var i = 0; i < settledCount; i++)
        {
            var (source, paidIn) = Math.DivRem((int)settledKeys[i], _years);
            settledLate[i] = new DeficitSettlement(_codes[source], _scenario.FirstYear + paidIn, Money.FromCents(settledCents[i]));
        }
        return new LineAllocation(line.Name, _scenario.FirstYear + year, Money.FromCents(amount), shares, Money.FromCents(shortfall), accountable)
        {
            Settled = settledLate,
        };
    }

    // Up to this many sources, a line-year's working sums live on the stack.
    private const int StackSources = 64;

    /// <summary>Where each line-year's demands begin (demands come in canonical order: line name, year, split part), and one past the last.</summary>
    private static int[] LineYearStarts(Demand[] demands)
    {
        var count = 0;
        for (var d = 0; d < demands.Length; d++)
        {
            if (d == 0 || !SameLineYear(demands[d - 1], demands[d])) count++;
        }
        var starts = new int[count + 1];
        count = 0;
        for (var d = 0; d < demands.Length; d++)
        {
            if (d == 0 || !SameLineYear(demands[d - 1], demands[d])) starts[count++] = d;
        }
        starts[count] = demands.Length;
        return starts;
    }

    private static bool SameLineYear(in Demand a, in Demand b) => ReferenceEquals(a.Line, b.Line) && a.Year == b.Year;

    // Up to this many payments, a line-year's settlements are summed on the stack.
    private const int StackSettlements = 32;

    /// <summary>
    /// Adds <paramref name="amount"/> under <paramref name="key"/> to the first <paramref name="count"/> settlements
    /// (<paramref name="keys"/> in order, their sums in <paramref name="cents"/>; few: a line-year is settled from a few
    /// later years); returns how many there are now.
    /// </summary>
    private static int AddSettlement(Span<long> keys, Span<long> cents, int count, long key, long amount)
    {
        var at = 0;
        while (at < count && keys[at] < key) at++;
        // Stryker disable once Equality : past the last settlement the key is zero (never a settlement's: it is paid in a later year)
        if (at < count && keys[at] == key)
        {
            cents[at] += amount;
            return count;
        }
        for (var i = count; i > at; i--)
        {
            keys[i] = keys[i - 1];
            cents[i] = cents[i - 1];
        }
        keys[at] = key;
        cents[at] = amount;
        return count + 1;
    }

    /// <summary>The pot's money in words: its opening balance and grants ("The opening balance of PP and the awarded PP grant (2019) together").</summary>
    private static FindingMessage Describe(FundingPot pot)
    {
        var parts = new List<FindingMessage>();
        if (pot.HoldsOpeningBalance) parts.Add(FindingMessage.Of("OpeningBalance", MessageArgument.Text(pot.Source.Code)));
        foreach (var grant in pot.Grants) parts.Add(IncomeSchedule.Describe(grant, inList: parts.Count > 0));
        if (parts.Count == 1) return parts[0];
        return FindingMessage.Of("List.Together", MessageArgument.Part(FindingMessage.ListOf(parts.Select(MessageArgument.Part).ToArray())));
    }

    /// <summary>Over-allocated sources, deficits settled, conditional funding in use, lapsed and repayable money.</summary>
    public List<Finding> Findings()
    {
        var findings = new List<Finding>();
        for (var s = 0; s < _codes.Length; s++)
        {
            for (var y = 0; y < _years; y++)
            {
                if (OverAllocated(s, y) is { } finding) findings.Add(finding);
            }
            // Stryker disable once Equality : a cost year past the last has no later year to be settled in
            for (var t = 0; t < _years; t++)
            {
                for (var y = t + 1; y < _years; y++)
                {
                    var cents = _settled[(s * _years + t) * _years + y];
                    if (cents == 0) continue;
                    int costYear = _scenario.FirstYear + t, year = _scenario.FirstYear + y;
                    findings.Add(Finding.Of(ReconciliationFindingCodes.DeficitSettled, Severity.Info, year, _codes[s], null, Money.FromCents(cents),
                        FindingMessage.Of("DeficitSettled", MessageArgument.Amount(cents), MessageArgument.Text(_codes[s]), MessageArgument.Number(costYear), MessageArgument.Number(year))));
                }
            }
        }

        var conditional = new long[_codes.Length];
        var payments = _network.Payments();
        for (var d = 0; d < _demands.Length; d++)
        {
            var (first, count) = _network.PaymentsOf(d);
            // Stryker disable once Boolean : a shortcut; without it, no source has conditional money to report
            var anyConditional = false;
            for (var k = first; k < first + count; k++) anyConditional |= _potConditional[payments[k].Pot];
            // Stryker disable once Statement : a shortcut; without it, no source has conditional money to report
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
                findings.Add(Finding.Of(FindingCode.ConditionalFunding, Severity.Warning, year, _codes[s], demand.Line.Name, Money.FromCents(cents),
                    FindingMessage.Of("ConditionalFunding", MessageArgument.Amount(cents), MessageArgument.Text(demand.Line.Name), MessageArgument.Number(year), MessageArgument.Text(_codes[s]))));
            }
        }

        foreach (var (pot, cents) in _expiries)
        {
            var year = _scenario.FirstYear + pot.EndYear;
            var many = pot.Grants.Count + (pot.HoldsOpeningBalance ? 1 : 0) > 1;
            var (code, message) = pot.Repays ? (ReconciliationFindingCodes.Repayable, "Repayable") : (FindingCode.FundsLapsed, "FundsLapsed");
            findings.Add(Finding.Of(code, Severity.Warning, year, pot.Source.Code, pot.Project, Money.FromCents(cents),
                FindingMessage.Of(message + (many ? ".Many" : ".One"), MessageArgument.Part(Describe(pot)), MessageArgument.Amount(cents),
                    MessageArgument.Number(year), MessageArgument.Text(pot.Source.Code))));
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
            return Finding.Of(FindingCode.OverAllocated, Severity.Error, year, code, null, Money.FromCents(handed),
                FindingMessage.Of("OverAllocated.Source.HandedOn", MessageArgument.Text(code), MessageArgument.Number(year), MessageArgument.Amount(handed)));
        }

        var closing = Opening(s, y) + _income[i] - _charged[i] - _lapsed[i] - _repaid[i];
        if (closing >= 0) return null;
        var arising = OutstandingAt(s, y, y);
        var settledLater = SettledIn(s, y, y + 1, _years - 1);
        var carried = 0L;
        for (var t = 0; t < y; t++) carried += OutstandingAt(s, t, y);
        var arisingPart = arising == 0 ? MessageArgument.Empty
            : settledLater == 0 ? MessageArgument.Part(FindingMessage.Of("OverAllocated.Source.Arising", MessageArgument.Amount(arising), MessageArgument.Number(year)))
            : MessageArgument.Part(FindingMessage.Of("OverAllocated.Source.ArisingSettled", MessageArgument.Amount(arising), MessageArgument.Number(year),
                MessageArgument.Amount(settledLater), MessageArgument.Part(SettlementYears(s, y))));
        var carriedPart = carried == 0 ? MessageArgument.Empty
            : MessageArgument.Part(FindingMessage.Of("OverAllocated.Source.Carried", MessageArgument.Amount(carried)));
        return Finding.Of(FindingCode.OverAllocated, Severity.Error, year, code, null, Money.FromCents(-closing),
            FindingMessage.Of("OverAllocated.Source", MessageArgument.Text(code), MessageArgument.Number(year), MessageArgument.Amount(closing), arisingPart, carriedPart));
    }

    /// <summary>The years in which source <paramref name="s"/> settles costs of year index <paramref name="costYear"/>, as "2019", "2019 and 2020" or "2019, 2020 and 2021".</summary>
    private FindingMessage SettlementYears(int s, int costYear)
    {
        var years = new List<int>();
        // One past the last year would read the next cost year's settlement in its first year, which is always zero.
        // Stryker disable once Equality : one year further reads a zero
        for (var y = costYear + 1; y < _years; y++)
        {
            if (_settled[(s * _years + costYear) * _years + y] > 0) years.Add(_scenario.FirstYear + y);
        }
        return years.Count == 1
            ? FindingMessage.Of("Period.CalendarYear", MessageArgument.Number(years[0]))
            : FindingMessage.ListOf(years.Select(MessageArgument.Number).ToArray());
    }
}
