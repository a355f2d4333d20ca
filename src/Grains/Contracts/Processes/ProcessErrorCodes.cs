namespace CaseFlow.Grains.Contracts.Processes;

/// <summary>Stable error codes of process definitions; the text of messages may change, these never do.</summary>
public static class ProcessErrorCodes
{
    /// <summary>No version of this key was ever deployed (404).</summary>
    public const string ProcessNotFound = "PROCESS_NOT_FOUND";

    /// <summary>The key exists but this version number does not (404).</summary>
    public const string VersionNotFound = "VERSION_NOT_FOUND";

    /// <summary>The key has versions but none is published (404).</summary>
    public const string NoPublishedVersion = "NO_PUBLISHED_VERSION";

    /// <summary>Unpublish of a draft: only a published version can be retired (409).</summary>
    public const string VersionNotPublished = "VERSION_NOT_PUBLISHED";

    /// <summary>The file has parser errors; the diagnostics list them (422).</summary>
    public const string ModelInvalid = "MODEL_INVALID";

    /// <summary>The file does not contain this key as an executable process (422).</summary>
    public const string ProcessNotInFile = "PROCESS_NOT_IN_FILE";

    /// <summary>The file exceeds the parser's size limit, BPMN002 (413).</summary>
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
}
