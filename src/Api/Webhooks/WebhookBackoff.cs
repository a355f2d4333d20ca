namespace CaseFlow.Api.Webhooks;

/// <summary>Exponential back-off with a cap: the wait after the n-th failed attempt.</summary>
public static class WebhookBackoff
{
    /// <summary><paramref name="initial"/> × 2^(failures − 1), never more than <paramref name="max"/>.</summary>
    public static TimeSpan After(int failures, TimeSpan initial, TimeSpan max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        var exponent = Math.Min(failures - 1, 40);
        var ticks = initial.Ticks * Math.Pow(2, exponent);
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }
}
