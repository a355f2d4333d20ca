using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;
using NJsonSchema.CodeGeneration.CSharp;

namespace CaseFlow.Api.Tests.GeneratedClient;

/// <summary>Generates a C# client from an OpenAPI document with NSwag and compiles it, with the flows that use it, in memory.</summary>
/// <remarks>
/// Generating at test time from the running node's document means the client always matches the API as built, and a
/// document that describes an endpoint wrongly (an untyped response, a missing header) fails the compile of the flows.
/// </remarks>
internal static class ClientCompiler
{
    public const string Namespace = "CaseFlow.Generated";

    /// <summary>One client class with a method per operation id, System.Text.Json models, and responses wrapped with their headers.</summary>
    public static async Task<string> GenerateAsync(string openApiJson)
    {
        var document = await OpenApiDocument.FromJsonAsync(openApiJson);
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = "CaseFlowClient",
            OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
            UseBaseUrl = false,
            WrapResponses = true,
            GenerateClientInterfaces = false,
            GenerateOptionalParameters = true,
        };
        settings.CSharpGeneratorSettings.Namespace = Namespace;
        settings.CSharpGeneratorSettings.JsonLibrary = CSharpJsonLibrary.SystemTextJson;
        settings.CSharpGeneratorSettings.GenerateNullableReferenceTypes = true;
        return new CSharpClientGenerator(document, settings).GenerateFile();
    }

    /// <summary>Compiles the sources against the running framework; fails with every compiler error when they do not compile.</summary>
    public static Assembly Compile(params string[] sources)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest)));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "CaseFlow.Generated." + Guid.NewGuid().ToString("N"), trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        // Each error with its source line, so a failure names the endpoint whose description is wrong.
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d + "\n    " + (d.Location.SourceTree?.GetText().Lines[d.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim() ?? string.Empty))
            .ToList();
        Assert.True(result.Success, "the generated client and its flows do not compile:\n" + string.Join("\n", errors.Take(30)));
        image.Position = 0;
        return new AssemblyLoadContext("generated-client", isCollectible: true).LoadFromStream(image);
    }
}
