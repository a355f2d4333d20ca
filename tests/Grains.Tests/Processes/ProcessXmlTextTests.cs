using CaseFlow.Grains.Processes;

namespace CaseFlow.Grains.Tests.Processes;

/// <summary>What counts as the same file for an unchanged redeploy (R80).</summary>
public sealed class ProcessXmlTextTests
{
    [Theory]
    [InlineData("<a>\r\n<b/>\r\n</a>\r\n")]
    [InlineData("<a>\r<b/>\r</a>\r")]
    [InlineData("\uFEFF<a>\n<b/>\n</a>\n")]
    public void Line_endings_and_bom_do_not_change_the_hash(string variant)
    {
        Assert.Equal(ProcessXmlText.Sha256Of("<a>\n<b/>\n</a>\n"), ProcessXmlText.Sha256Of(variant));
    }

    [Fact]
    public void Any_other_change_does_change_the_hash()
    {
        Assert.NotEqual(ProcessXmlText.Sha256Of("<a>\n<b/>\n</a>\n"), ProcessXmlText.Sha256Of("<a>\n<b />\n</a>\n"));
    }
}
