namespace CaseFlow.Grains.Notifications.Webhooks;

/// <summary>The stored kind filter of a subscription: comma-separated notification kinds, or <c>*</c> for all.</summary>
public static class WebhookKinds
{
    public const string All = "*";

    public static string Format(IEnumerable<string> kinds) => string.Join(',', kinds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    public static IReadOnlyList<string> Parse(string stored) =>
        stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static bool Matches(string stored, string kind) =>
        Parse(stored).Any(k => k == All || string.Equals(k, kind, StringComparison.Ordinal));
}
