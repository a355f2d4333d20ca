namespace CaseFlow.Silo.Logging;

/// <summary>
/// Stands in for a logged exception whose rendered text held something shaped like an ID number or a phone: it
/// renders as the original would, with those runs masked.
/// </summary>
/// <remarks>
/// Sinks render an exception through <see cref="ToString"/>, which includes messages of inner exceptions, data a
/// library put into its message (a duplicate key, a bad value) and the stack trace; masking that text covers them all.
/// </remarks>
public sealed class MaskedException : Exception
{
    private readonly string _rendered;

    public MaskedException()
        : this(string.Empty, string.Empty)
    {
    }

    public MaskedException(string message)
        : this(message, message)
    {
    }

    public MaskedException(string message, Exception innerException)
        : base(message, innerException)
    {
        _rendered = PiiMaskingEnricher.MaskText(innerException?.ToString() ?? message);
    }

    private MaskedException(string message, string rendered)
        : base(message)
    {
        _rendered = rendered;
    }

    /// <summary>The masked stand-in for <paramref name="original"/>, or the original itself when nothing needed masking.</summary>
    public static Exception For(Exception original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var rendered = original.ToString();
        var masked = PiiMaskingEnricher.MaskText(rendered);
        return ReferenceEquals(masked, rendered) || masked == rendered
            ? original
            : new MaskedException(PiiMaskingEnricher.MaskText(original.Message), masked);
    }

    public override string ToString() => _rendered;
}
