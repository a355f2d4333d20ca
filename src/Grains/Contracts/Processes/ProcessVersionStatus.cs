namespace CaseFlow.Grains.Contracts.Processes;

/// <summary>The life cycle of a process version (R81); stored and sent as these lower-case words.</summary>
public static class ProcessVersionStatus
{
    /// <summary>Newly deployed; starts only as a test.</summary>
    public const string Draft = "draft";

    /// <summary>Startable; the highest published version is the one a start by key uses.</summary>
    public const string Published = "published";

    /// <summary>Unpublished: new starts stop using it; running instances stay on it.</summary>
    public const string Retired = "retired";
}
