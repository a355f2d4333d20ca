namespace CaseFlow.Grains.Instances.ReadModel;

/// <summary>Reads the level of a jurisdiction code from its shape: county <c>610921</c>, town <c>610921.01</c>, village <c>610921.01.001</c>.</summary>
/// <remarks>
/// The read model stores the town of every instance beside its jurisdiction code, so a town caseworker's list is one
/// indexed comparison in SQL rather than a walk of the organisation tree per row.
/// </remarks>
public static class JurisdictionCodes
{
    /// <summary>The town a town or village code lies in; null for a county code or no code.</summary>
    public static string? TownOf(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        var first = code.IndexOf('.', StringComparison.Ordinal);
        if (first < 0)
        {
            return null;
        }

        var second = code.IndexOf('.', first + 1);
        return second < 0 ? code : code[..second];
    }
}
