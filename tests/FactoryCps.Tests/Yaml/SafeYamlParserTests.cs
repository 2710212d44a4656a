using FactoryCps.Yaml;

namespace FactoryCps.Tests.Yaml;

public sealed class SafeYamlParserTests
{
    private static YamlReadResult Read(string text, YamlLimits? limits = null) =>
        SafeYamlParser.Read(text, "model.yaml", limits ?? YamlLimits.Default);

    private static string Keys(YamlReadResult result) => string.Join(",", result.Diagnostics.Select(d => d.Message.Key));

    [Fact]
    public void Keeps_line_and_column_of_every_node()
    {
        var result = Read("site:\n  id: kawasaki\nassets:\n  - id: plc\n    zone: control\n");

        Assert.True(result.Succeeded, Keys(result));
        var root = Assert.IsType<YMapping>(result.Root);
        var asset = Assert.IsType<YMapping>(Assert.IsType<YSequence>(root["assets"]).Items[0]);
        Assert.Equal(new(5, 11), (asset["zone"]!.Location.Line, asset["zone"]!.Location.Column));
        Assert.Equal("model.yaml", asset.Location.File);
    }

    [Fact]
    public void Reads_json_as_well()
    {
        var result = Read("{\"format\": 1, \"zones\": [{\"id\": \"z1\"}]}");

        Assert.True(result.Succeeded, Keys(result));
        Assert.Equal("1", Assert.IsType<YScalar>(((YMapping)result.Root!)["format"]).Value);
    }

    [Fact]
    public void Distinguishes_quoted_from_plain_scalars()
    {
        var root = (YMapping)Read("a: null\nb: 'null'\nc:\n").Root!;

        Assert.True(((YScalar)root["a"]!).IsNull);
        Assert.False(((YScalar)root["b"]!).IsNull);
        Assert.True(((YScalar)root["c"]!).IsNull);
    }

    [Fact]
    public void Rejects_duplicate_keys_with_their_location()
    {
        var result = Read("id: a\nname: x\nid: b\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("YamlDuplicateKey", error.Message.Key);
        Assert.Equal(3, error.Location!.Line);
    }

    [Fact]
    public void Stops_an_alias_bomb_before_it_expands()
    {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (var i = 1; i < 12; i++)
        {
            var previous = (char)('a' + i - 1);
            var name = (char)('a' + i);
            bomb += $"{name}: &{name} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n";
        }

        var result = Read(bomb);

        Assert.Null(result.Root);
        Assert.Equal("YamlTooManyNodes", Assert.Single(result.Diagnostics).Message.Key);
    }

    [Fact]
    public void Limits_the_number_of_aliases()
    {
        var text = "a: &a x\nb: [" + string.Join(", ", Enumerable.Repeat("*a", 20)) + "]\n";

        var result = Read(text, YamlLimits.Default with { MaxAliases = 10 });

        Assert.Equal("YamlTooManyAliases", Assert.Single(result.Diagnostics).Message.Key);
    }

    [Fact]
    public void Rejects_deep_nesting()
    {
        var text = new string('[', 200) + new string(']', 200);

        var result = Read(text);

        Assert.Equal("YamlTooDeep", Assert.Single(result.Diagnostics).Message.Key);
    }

    [Fact]
    public void Rejects_files_over_the_size_limit_without_parsing_them()
    {
        var result = Read("a: " + new string('x', 2000), YamlLimits.Default with { MaxBytes = 1000 });

        Assert.Equal("YamlTooLarge", Assert.Single(result.Diagnostics).Message.Key);
    }

    [Fact]
    public void Refuses_type_tags_so_nothing_is_constructed_from_input()
    {
        var result = Read("a: !!python/object:os.system ls\nb: !custom x\n");

        Assert.Equal(["YamlUnsupportedTag", "YamlUnsupportedTag"], result.Diagnostics.Select(d => d.Message.Key));
    }

    [Fact]
    public void Refuses_merge_keys()
    {
        var result = Read("base: &b {x: 1}\nitem:\n  <<: *b\n");

        Assert.Contains(result.Diagnostics, d => d.Message.Key == "YamlMergeKey");
    }

    [Fact]
    public void Reports_syntax_errors_with_position()
    {
        var result = Read("a: [1, 2\nb: 3\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("YamlSyntax", error.Message.Key);
        Assert.True(error.Location!.Line >= 1);
    }

    [Fact]
    public void Rejects_more_than_one_document()
    {
        var result = Read("a: 1\n---\nb: 2\n");

        Assert.Equal("YamlMultipleDocuments", Assert.Single(result.Diagnostics).Message.Key);
    }

    [Fact]
    public void Rejects_bytes_that_are_not_utf8()
    {
        using var stream = new MemoryStream([0x61, 0x3a, 0x20, 0xff, 0xfe]);

        var result = SafeYamlParser.Read(stream, "bad.yaml", YamlLimits.Default);

        Assert.Equal("YamlNotUtf8", Assert.Single(result.Diagnostics).Message.Key);
    }

    [Fact]
    public void Reports_an_empty_file()
    {
        Assert.Equal("YamlEmpty", Assert.Single(Read("").Diagnostics).Message.Key);
    }
}
