namespace CaseFlow.Silo.Startup;

/// <summary>
/// A start-up failure the operator can fix, carrying a one-line message that names the setting or resource at fault.
/// </summary>
/// <remarks>Program prints only this message and exits non-zero, instead of a flood of stack traces.</remarks>
public sealed class StartupException(string message, Exception? innerException = null) : Exception(message, innerException)
{
    /// <summary>The process exit code: 2 for configuration errors, 1 for unreachable resources.</summary>
    public int ExitCode { get; init; } = 1;
}
