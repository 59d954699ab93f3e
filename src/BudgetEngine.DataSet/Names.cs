namespace BudgetEngine.DataSet;

/// <summary>
/// Names for the synthetic national set. The 28 regions carry the names of real Dutch areas, but every figure in the
/// set is synthetic. The 342 municipalities (the first 35 of them the centrumgemeenten) have SYNTHETIC Dutch-sounding
/// names and SYNTHETIC CBS codes (GM9001 and up, a range no real municipality uses).
/// </summary>
public static class Names
{
    /// <summary>The regions whose scenarios the set holds.</summary>
    public static IReadOnlyList<string> Regions() =>
    [
        "Groningen", "Fryslân", "Drenthe", "IJsselland", "Twente", "Noord- en Oost-Gelderland", "Gelderland-Midden",
        "Gelderland-Zuid", "Utrecht", "Amersfoort", "Gooi en Vechtstreek", "Noord-Holland Noord", "Zaanstreek-Waterland",
        "Kennemerland", "Amsterdam-Amstelland", "Hollands Midden", "Haaglanden", "Rotterdam-Rijnmond", "Zuid-Holland Zuid",
        "Midden-Holland", "Zeeland", "Midden- en West-Brabant", "West-Brabant", "Brabant-Noord", "Brabant-Zuidoost",
        "Limburg-Noord", "Zuid-Limburg", "Flevoland",
    ];

    private static IReadOnlyList<string> Stems() =>
    [
        "Aal", "Berk", "Bronk", "Dal", "Eem", "Elst", "Gulp", "Haar", "Hel", "Horst", "Kamp", "Lin", "Meer", "Mol",
        "Noord", "Oost", "Ouder", "Reus", "Rijn", "Schoon", "Spaar", "Stein", "Veen", "Vlie", "Wes", "Wijk", "Zand",
        "Zuid", "Lange", "Hooge",
    ];

    private static IReadOnlyList<string> Endings() =>
    [
        "dam", "dorp", "veen", "wijk", "horst", "broek", "hoven", "berg", "voort", "hout", "loo", "sum", "drecht",
        "land", "meer", "zande", "kerk", "schoten",
    ];

    /// <summary><paramref name="count"/> distinct synthetic municipality names, in a fixed order.</summary>
    public static IReadOnlyList<string> Municipalities(int count)
    {
        var stems = Stems();
        var endings = Endings();
        var names = new List<string>(count);
        // Walk the stem x ending grid with a stride coprime to its size, so that neighbours differ in both parts.
        var size = stems.Count * endings.Count;
        for (var i = 0; names.Count < count && i < size; i++)
        {
            var k = (int)((i * 7L + 3) % size);
            names.Add(stems[k % stems.Count] + endings[k / stems.Count]);
        }
        if (names.Count < count) throw new ArgumentOutOfRangeException(nameof(count), $"At most {size} names.");
        return names;
    }

    /// <summary>The synthetic CBS code of municipality number <paramref name="index"/> (0-based).</summary>
    public static string MunicipalityCode(int index) => $"GM{9001 + index:D4}";

    /// <summary>Activities a regional action programme funds.</summary>
    public static IReadOnlyList<string> Activities() =>
    [
        "Veilig Thuis advies en melding", "Veilig Thuis onderzoek", "Vrouwenopvang", "Ambulante begeleiding",
        "Crisisopvang", "Zorgcoördinatie mensenhandel", "Centrum seksueel geweld", "MDA++ casusregie",
        "Preventie en voorlichting", "Deskundigheidsbevordering professionals", "Aandachtsfunctionarissen meldcode",
        "Plegerhulp", "Nazorg en herstel", "Ouderenmishandeling", "Kindermishandeling preventie", "Aanpak huwelijksdwang",
        "Eergerelateerd geweld", "Regionale projectleiding", "Campagne en symposium", "Verbinding zorg en onderwijs",
        "Opvang jongvolwassenen", "Laagdrempelige hulp", "Signalering huisartsen", "Scholing wijkteams",
        "Veiligheidsplannen", "Traumazorg kinderen", "Monitoring en evaluatie", "Ketenregie",
    ];
}
