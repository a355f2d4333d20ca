namespace CaseFlow.Workflows.Model;

/// <summary>An inline script: script tasks, listener scripts and script parameters.</summary>
/// <param name="Format">The <c>scriptFormat</c> as written (javascript, js or ecmascript, any case).</param>
/// <param name="Text">The source text.</param>
/// <param name="Position">Where the script's element starts.</param>
public sealed record ScriptSource(string Format, string Text, SourcePosition Position);
