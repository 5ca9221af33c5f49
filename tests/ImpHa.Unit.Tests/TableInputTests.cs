using System.Collections.Immutable;
using ImpHa.Core.Validate;
using Xunit;

namespace ImpHa.Unit.Tests;

/// <summary>Which file is a table when a project gives two: the first by path, whatever the item order, and an error on the other.</summary>
public class TableInputTests
{
    private static TableFile File(string path) => new(TableRole.XmppStandards, path, "identifier,number,title\n" + path + "\n");

    [Fact]
    public void No_file_is_no_table_and_no_error()
    {
        var input = TableInput.From([], TableRole.XmppStandards);
        Assert.Null(input.File);
        Assert.Empty(input.Diagnostics);
    }

    [Fact]
    public void Of_two_files_the_first_by_path_is_used_and_the_other_is_reported_naming_it()
    {
        foreach (var files in new[] { ImmutableArray.Create(File("/b/xmpp.csv"), File("/a/xmpp.csv")), ImmutableArray.Create(File("/a/xmpp.csv"), File("/b/xmpp.csv")) })
        {
            var input = TableInput.From(files.Add(new TableFile(TableRole.RestartRules, "/0/restarts.csv", "id\n")), TableRole.XmppStandards);

            Assert.Equal("/a/xmpp.csv", input.File!.Path);
            var error = Assert.Single(input.Diagnostics);
            Assert.Equal(("IMPHA105", "/b/xmpp.csv"), (error.Id, error.Location.Path));
            Assert.Equal("This file and '/a/xmpp.csv' are both given as the XMPP standard table; pass one file per table (ImpHaTable metadata), and only the first is used", error.Message);
        }
    }
}
