using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Tests.Expressions;

/// <summary>R77: JUEL operator words become JavaScript before parsing.</summary>
public sealed class JuelTranslatorTests
{
    [Fact(DisplayName = "R77a: a gt 1 and not empty list becomes a > 1 && !empty(list)")]
    public void R77a_juel_operators_are_translated() =>
        Assert.Equal("a > 1 && !empty(list)", JuelTranslator.Translate("a gt 1 and not empty list").Text);

    [Theory(DisplayName = "R77a: each operator word has its JavaScript form")]
    [InlineData("a eq b", "a == b")]
    [InlineData("a ne b", "a != b")]
    [InlineData("a lt b or a ge c", "a < b || a >= c")]
    [InlineData("a le b", "a <= b")]
    [InlineData("a div 2 mod 3", "a / 2 % 3")]
    [InlineData("not(a)", "!(a)")]
    [InlineData("count == '3'", "count == '3'")]
    public void R77a_operator_words(string juel, string javaScript) =>
        Assert.Equal(javaScript, JuelTranslator.Translate(juel).Text);

    [Theory(DisplayName = "R77a: empty takes the next primary expression with its suffixes")]
    [InlineData("empty applicant.documents", "empty(applicant.documents)")]
    [InlineData("empty items[0].tags and ok", "empty(items[0].tags) && ok")]
    [InlineData("empty get('x', null)", "empty(get('x', null))")]
    [InlineData("empty (a or b)", "empty (a || b)")]
    [InlineData("empty(list)", "empty(list)")]
    public void R77a_empty_operand(string juel, string javaScript) =>
        Assert.Equal(javaScript, JuelTranslator.Translate(juel).Text);

    [Theory(DisplayName = "Words inside strings, property names and longer identifiers are left alone")]
    [InlineData("status == 'and or not'", "status == 'and or not'")]
    [InlineData("x.eq == order", "x.eq == order")]
    [InlineData("android || notes", "android || notes")]
    [InlineData("\"it's \\\"not\\\" empty\"", "\"it's \\\"not\\\" empty\"")]
    public void Non_operators_are_kept(string juel, string javaScript) =>
        Assert.Equal(javaScript, JuelTranslator.Translate(juel).Text);

    [Fact(DisplayName = "Offsets in the translation map back to the written text")]
    public void Offsets_map_back()
    {
        var translation = JuelTranslator.Translate("a and b");

        Assert.Equal("a && b", translation.Text);
        Assert.Equal(6, translation.ToSourceOffset(5));
        Assert.Equal(2, translation.ToSourceOffset(2));
    }
}
