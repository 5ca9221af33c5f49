using System.Collections.Generic;
using System.Threading;
using ImpHa.Analyzers.Analysis.Candidates;
using ImpHa.Core.Domain;
using ImpHa.Analyzers.Settings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>
/// The one place syntax meets the readers: each candidate node of a block goes to the readers of its shape (items of calls
/// and initializers, name mappings, requests filled field by field, XML writers, marked members, SQL and wire texts), and
/// what they find is gathered, each write once, in <see cref="BlockWrites"/>. Reports nothing.
/// </summary>
internal sealed class BlockReader
{
    private readonly SemanticModel _model;
    private readonly GeneratedSymbols _symbols;
    private readonly LimitLabels _labels;
    private readonly HashSet<string> _markedNames;
    private readonly CandidateBlock _block;
    private readonly CancellationToken _token;
    private readonly BlockWrites _writes = new();
    private readonly HashSet<Receiver> _requests = [];
    private readonly HashSet<Receiver> _writers = [];

    private BlockReader(SemanticModel model, GeneratedSymbols symbols, LimitLabels labels, HashSet<string> markedNames, CandidateBlock block, CancellationToken token)
    {
        (_model, _symbols, _labels, _markedNames, _block, _token) = (model, symbols, labels, markedNames, block, token);
    }

    private bool AnyMarked => _symbols.Marked.Exist && _markedNames.Count > 0;

    /// <summary>The writes of one block; <paramref name="markedNames"/> are the names of members marked as limits (<see cref="DeclarationIndex.MarkedNames"/>).</summary>
    public static BlockWrites Read(SemanticModel model, GeneratedSymbols symbols, LimitLabels labels, HashSet<string> markedNames, CandidateBlock block, CancellationToken token)
    {
        var reader = new BlockReader(model, symbols, labels, markedNames, block, token);
        reader.ReadNodes();
        reader.ReadTexts();
        return reader._writes;
    }

    private void ReadNodes()
    {
        foreach (var node in _block.Nodes)
        {
            var operation = _model.GetOperation(node, _token);
            if (operation is null)
            {
                continue;
            }

            var request = RequestFields.ReceiverOf(_model, node, _token);
            switch (node)
            {
                case AssignmentExpressionSyntax or EqualsValueClauseSyntax:
                    if (AnyMarked)
                    {
                        ReadMarkedWrite(operation);
                    }

                    // An initializer's items are read with the creation it belongs to.
                    if (node.Parent is not InitializerExpressionSyntax)
                    {
                        ReadItems(ParameterItems.Of(operation));
                    }

                    break;
                case SwitchExpressionArmSyntax or SwitchSectionSyntax or IfStatementSyntax:
                    ReadItems(NameMappings.Of(operation));
                    break;
                case BaseObjectCreationExpressionSyntax when request is not null:
                    // A request stored in a variable: its initializer is read with the fields assigned after it (RequestFields).
                    ReadCall(operation, withMembers: false);
                    break;
                default:
                    ReadCall(operation, withMembers: true);
                    break;
            }

            if (request is not null && _requests.Add(request))
            {
                ReadItems(RequestFields.States(_model, _block.Owner, request, _token));
            }

            if (XmlWriterCalls.Writer(_model, node, _token) is { } writer && _writers.Add(writer))
            {
                ReadItems(XmlWriterCalls.Groups(_model, _block.Owner, writer, _token));
            }
        }
    }

    private void ReadTexts()
    {
        foreach (var text in _block.Texts)
        {
            if (_model.GetOperation(text, _token) is { } operation)
            {
                foreach (var write in SqlWrites.Find(operation, _labels))
                {
                    _writes.AddLimit(write);
                }

                // Text on the wire is read for limits only: its other parameters are checked where the code names them.
                ReadItems(WireTexts.Of(operation), limitsOnly: true);
            }
        }
    }

    private void ReadCall(IOperation operation, bool withMembers)
    {
        if (operation is IInvocationOperation invocation && _symbols.IsProfileLookup(invocation))
        {
            _writes.ProfileLookups.Add(invocation);
            return;
        }

        var limitsNamed = ReadItems(ParameterItems.Of(operation, withMembers));
        limitsNamed |= ReadItems(JsonBodies.Of(operation));
        limitsNamed |= ReadItems(XmlTrees.Of(operation));

        // A call that names a limit itself passes its value by name; only a call that names none writes one through a marked parameter.
        if (!limitsNamed && AnyMarked)
        {
            foreach (var (kind, value) in _symbols.Marked.Arguments(operation, _markedNames))
            {
                AddIfConstant(kind, value);
            }
        }
    }

    /// <summary>The limits each item list writes; a list that writes none is another parameter's write (unless <paramref name="limitsOnly"/>). Returns whether any list named a limit.</summary>
    private bool ReadItems(IEnumerable<IReadOnlyList<ParameterItem>> lists, bool limitsOnly = false)
    {
        var limitsNamed = false;
        foreach (var items in lists)
        {
            var found = false;
            foreach (var write in LimitWrites.Find(items, _labels))
            {
                found = true;
                _writes.AddLimit(write);
            }

            if (!found && !limitsOnly)
            {
                _writes.AddOtherParameter(items);
            }

            limitsNamed |= found;
        }

        return limitsNamed;
    }

    private void ReadMarkedWrite(IOperation operation)
    {
        if (_symbols.Marked.Write(operation, _markedNames) is var (kind, value))
        {
            AddIfConstant(kind, value);
        }
    }

    private void AddIfConstant(LimitKind kind, IOperation value)
    {
        if (ParameterWrite.FromConstant(kind, value) is { } write)
        {
            _writes.AddLimit(write);
        }
    }
}
