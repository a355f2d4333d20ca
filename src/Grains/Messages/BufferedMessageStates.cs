namespace CaseFlow.Grains.Messages;

/// <summary>Where a buffered message stands; stored as text in <c>cf_buffered_messages.state</c>.</summary>
public static class BufferedMessageStates
{
    /// <summary>Held for the first matching subscription opened before it expires.</summary>
    public const string Waiting = "waiting";

    /// <summary>Taken by one instance, which is delivering it; no other instance can take it.</summary>
    public const string Claimed = "claimed";

    /// <summary>Delivered to the instance that claimed it.</summary>
    public const string Delivered = "delivered";

    /// <summary>Expired before any instance took it; the row records the drop.</summary>
    public const string Dropped = "dropped";
}
