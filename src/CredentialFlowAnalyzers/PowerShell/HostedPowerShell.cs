using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.PowerShell
{
    /// <summary>One parameter or argument given to a hosted command from C#.</summary>
    internal sealed class HostParameter
    {
        public HostParameter(string? name, IOperation? value, IOperation site, bool inCollection)
        {
            Name = name;
            Value = value;
            Site = site;
            InCollection = inCollection;
        }

        /// <summary>The parameter name (leading dash removed), or null for a positional argument.</summary>
        public string? Name { get; }

        public IOperation? Value { get; }

        /// <summary>The call that adds it (<c>AddParameter</c>, <c>AddArgument</c>, <c>Parameters.Add</c>, <c>AddParameters</c>).</summary>
        public IOperation Site { get; }

        /// <summary>Given through a dictionary or list passed to <c>AddParameters</c>.</summary>
        public bool InCollection { get; }
    }

    /// <summary>
    /// The hosting API (System.Management.Automation, from PowerShell 7.x or PowerShellStandard.Library) resolved
    /// once per compilation, and the C# shapes that build a command or a script from it.
    /// </summary>
    internal sealed class HostedPowerShell
    {
        /// <summary>Names of the calls that start a command, a module import or a script: the cheap first test for every invocation.</summary>
        private static readonly ImmutableHashSet<string> EntryPointNames = new[] { KnownMembers.AddCommand, KnownMembers.ImportPSModule, KnownMembers.AddScript, KnownMembers.CreatePipeline, KnownMembers.ScriptBlockCreate }
            .SelectMany(m => m.Names)
            .ToImmutableHashSet(StringComparer.Ordinal);

        private readonly KnownApiSymbols _symbols;

        private HostedPowerShell(KnownApiSymbols symbols, INamedTypeSymbol powerShell)
        {
            _symbols = symbols;
            PowerShell = powerShell;
            PSCommand = symbols.GetType(KnownTypes.PSCommand);
            Command = symbols.GetType(KnownTypes.PowerShellCommand);
            CommandParameter = symbols.GetType(KnownTypes.CommandParameter);
            CommandParameterCollection = symbols.GetType(KnownTypes.CommandParameterCollection);
            CommandCollection = symbols.GetType(KnownTypes.CommandCollection);
            Runspace = symbols.GetType(KnownTypes.Runspace);
            ScriptBlock = symbols.GetType(KnownTypes.ScriptBlock);
            InitialSessionState = symbols.GetType(KnownTypes.InitialSessionState);
            WSManConnectionInfo = symbols.GetType(KnownTypes.WSManConnectionInfo);
            PSCredential = symbols.GetType(KnownTypes.PSCredential);
        }

        public INamedTypeSymbol PowerShell { get; }

        public INamedTypeSymbol? PSCommand { get; }

        public INamedTypeSymbol? Command { get; }

        public INamedTypeSymbol? CommandParameter { get; }

        public INamedTypeSymbol? CommandParameterCollection { get; }

        public INamedTypeSymbol? CommandCollection { get; }

        public INamedTypeSymbol? Runspace { get; }

        public INamedTypeSymbol? ScriptBlock { get; }

        public INamedTypeSymbol? InitialSessionState { get; }

        public INamedTypeSymbol? WSManConnectionInfo { get; }

        public INamedTypeSymbol? PSCredential { get; }

        private static readonly ConditionalWeakTable<Compilation, Resolved> Cache = new ConditionalWeakTable<Compilation, Resolved>();

        /// <summary>The hosting API of <paramref name="compilation"/>, resolved once; null when it does not reference System.Management.Automation.</summary>
        public static HostedPowerShell? For(Compilation compilation) => Cache.GetValue(compilation, c => new Resolved(c)).Host;

        /// <summary>The resolution of one compilation, kept also when it found nothing.</summary>
        private sealed class Resolved
        {
            public Resolved(Compilation compilation)
            {
                KnownApiSymbols symbols = KnownApiSymbols.For(compilation);
                Host = symbols.GetType(KnownTypes.PowerShell) is { } powerShell ? new HostedPowerShell(symbols, powerShell) : null;
            }

            public HostedPowerShell? Host { get; }
        }

        public bool IsBuilder(ITypeSymbol? type) =>
            type != null && (SymbolEqualityComparer.Default.Equals(type, PowerShell) || SymbolEqualityComparer.Default.Equals(type, PSCommand));

        private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
            type != null && expected != null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);

        /// <summary>
        /// The cheap first test for every invocation in the compilation: false unless the method has the name of one the
        /// hosted-PowerShell shapes use (<c>AddCommand</c>, <c>ImportPSModule</c>, <c>AddScript</c>, <c>CreatePipeline</c>,
        /// <c>CreateNestedPipeline</c>, <c>Create</c>).
        /// </summary>
        public bool MayMatter(IInvocationOperation invocation) => EntryPointNames.Contains(invocation.TargetMethod.Name);

        /// <summary><c>InitialSessionState.ImportPSModule(...)</c>.</summary>
        public bool IsImportPSModule(IInvocationOperation invocation) => _symbols.Is(invocation.TargetMethod, KnownMembers.ImportPSModule);

        /// <summary>
        /// The cheap first test for every object creation: <c>new Command(...)</c> or <c>new WSManConnectionInfo(...)</c>. (A password
        /// written into a <c>PSCredential</c> is CFA2002's, at the literal.)
        /// </summary>
        public bool MayMatter(IObjectCreationOperation creation) => Is(creation.Type, Command) || Is(creation.Type, WSManConnectionInfo);

        /// <summary>
        /// A <c>WSManConnectionInfo</c> built with a <c>PSCredential</c>, read as the <c>New-PSSession</c> call it stands for
        /// (<see cref="PowerShellSignInCatalog.RemoteSessionCmdlet"/>): the connection URI (or computer name), the configuration
        /// the shell URI names, the credential, and the <c>AuthenticationMechanism</c> set on it (in an object initializer or
        /// by a statement on the same local that follows). Null for other constructors (a certificate thumbprint, no credential).
        /// </summary>
        public PsCall? RemoteSessionCall(IObjectCreationOperation creation)
        {
            if (!Is(creation.Type, WSManConnectionInfo) || creation.Constructor is not { } constructor)
            {
                return null;
            }

            IArgumentOperation? credential = null;
            IOperation? address = null;
            string? shell = null;
            foreach (IArgumentOperation argument in creation.Arguments)
            {
                ITypeSymbol? type = argument.Parameter?.Type;
                if (Is(type, PSCredential))
                {
                    credential = argument;
                }
                else if (_symbols.IsType(type, KnownTypes.Uri) || argument.Parameter?.Name == PowerShellSignInCatalog.ConnectionInfoComputerName)
                {
                    address = argument.Value;
                }
                else if (argument.Parameter?.Name == PowerShellSignInCatalog.ConnectionInfoShellUri)
                {
                    shell = ValueFlow.ConstantString(argument.Value);
                }
            }

            if (credential is null)
            {
                return null;
            }

            bool passesCredential = ValueFlow.Unwrap(credential.Value).ConstantValue is not { HasValue: true, Value: null };
            var named = ImmutableArray.CreateBuilder<PsArgument>();
            named.Add(new PsArgument(PowerShellSignInCatalog.CredentialParameter, passesCredential, null, incomplete: false, credential));
            named.Add(new PsArgument(PowerShellSignInCatalog.ConnectionUriParameter, address != null, address is null ? null : AddressText(address), incomplete: false, creation));
            if (shell != null)
            {
                string configuration = shell.StartsWith(PowerShellSignInCatalog.ShellUriPrefix, StringComparison.OrdinalIgnoreCase) ? shell.Substring(PowerShellSignInCatalog.ShellUriPrefix.Length) : shell;
                named.Add(new PsArgument(PowerShellSignInCatalog.ConfigurationNameParameter, true, configuration, incomplete: false, creation));
            }

            if (AuthenticationOf(creation) is { } authentication)
            {
                named.Add(new PsArgument(PowerShellSignInCatalog.AuthenticationParameter, true, authentication, incomplete: false, creation));
            }

            return new PsCall(named.ToImmutable(), ImmutableArray<PsArgument>.Empty);
        }

        /// <summary>The text of a connection address: a <c>new Uri(...)</c>'s string, pieces the code cannot know read as <c>$?</c>.</summary>
        private string AddressText(IOperation address)
        {
            IOperation value = ValueFlow.Origin(address);
            if (value is IObjectCreationOperation { Arguments.Length: >= 1 } uri && _symbols.IsType(uri.Type, KnownTypes.Uri))
            {
                value = uri.Arguments[0].Value;
            }

            var text = new System.Text.StringBuilder();
            foreach (StringPiece piece in ValueFlow.StringPieces(value).Pieces)
            {
                text.Append(piece.IsKnown ? piece.Text : "$?");
            }

            return text.ToString();
        }

        /// <summary>The name of the <c>AuthenticationMechanism</c> member set on the connection (<c>Basic</c>), or null when it is not set to a constant.</summary>
        private string? AuthenticationOf(IObjectCreationOperation creation)
        {
            var values = new List<IOperation>();
            if (creation.Initializer is { } initializer)
            {
                foreach (IOperation member in initializer.Initializers)
                {
                    if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment && _symbols.Is(property.Property, KnownMembers.WSManAuthenticationMechanism))
                    {
                        values.Add(assignment.Value);
                    }
                }
            }

            // var info = new WSManConnectionInfo(...); info.AuthenticationMechanism = AuthenticationMechanism.Basic;
            if (creation.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
            {
                IOperation? statement = declarator.Parent;
                while (statement != null && statement.Parent is not IBlockOperation)
                {
                    statement = statement.Parent;
                }

                if (statement?.Parent is IBlockOperation block)
                {
                    for (int i = block.Operations.IndexOf(statement) + 1; i < block.Operations.Length; i++)
                    {
                        if (block.Operations[i] is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation owner } property } assignment }
                            && SymbolEqualityComparer.Default.Equals(owner.Local, declarator.Symbol)
                            && _symbols.Is(property.Property, KnownMembers.WSManAuthenticationMechanism))
                        {
                            values.Add(assignment.Value);
                        }
                    }
                }
            }

            // The last value set is the one the connection uses.
            return values.Count == 0 ? null : EnumMemberName(values[values.Count - 1]);
        }

        /// <summary>The enum member a value names: <c>AuthenticationMechanism.Basic</c>, or a constant cast to the enum.</summary>
        private static string? EnumMemberName(IOperation value)
        {
            if (ValueFlow.Unwrap(value) is IFieldReferenceOperation { Field: { HasConstantValue: true } field } && field.ContainingType.TypeKind == TypeKind.Enum)
            {
                return field.Name;
            }

            if (value.ConstantValue is { HasValue: true, Value: { } constant } && value.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } type)
            {
                foreach (ISymbol member in type.GetMembers())
                {
                    if (member is IFieldSymbol { HasConstantValue: true } enumMember && Equals(enumMember.ConstantValue, constant))
                    {
                        return enumMember.Name;
                    }
                }
            }

            return null;
        }

        /// <summary><c>AddCommand(string)</c> on <c>PowerShell</c>/<c>PSCommand</c>: the name argument.</summary>
        public IArgumentOperation? AddCommandName(IInvocationOperation invocation) =>
            _symbols.Is(invocation.TargetMethod, KnownMembers.AddCommand)
            && invocation.TargetMethod.Parameters.Length > 0 && invocation.TargetMethod.Parameters[0].Type.SpecialType == SpecialType.System_String
                ? invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)
                : null;

        /// <summary>The argument that carries script text to a sink (<c>AddScript</c>, <c>CreatePipeline</c>, <c>ScriptBlock.Create</c>, ...).</summary>
        public IArgumentOperation? ScriptArgument(IOperation operation)
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    IMethodSymbol method = invocation.TargetMethod;
                    bool sink = _symbols.Is(method, KnownMembers.AddScript) || _symbols.Is(method, KnownMembers.CreatePipeline) || _symbols.Is(method, KnownMembers.ScriptBlockCreate);
                    return sink && method.Parameters.Length > 0 && method.Parameters[0].Type.SpecialType == SpecialType.System_String
                        ? invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)
                        : null;

                case IObjectCreationOperation creation when Is(creation.Type, Command) && creation.Arguments.Length >= 2:
                    IArgumentOperation? isScript = creation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 1);
                    return isScript?.Value.ConstantValue is { HasValue: true, Value: true } ? creation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0) : null;

                default:
                    return null;
            }
        }

        /// <summary><c>new Command("Connect-...")</c> (not a script): the name argument.</summary>
        public IArgumentOperation? CommandObjectName(IObjectCreationOperation creation)
        {
            if (!Is(creation.Type, Command) || creation.Constructor is not { Parameters.Length: > 0 } constructor || constructor.Parameters[0].Type.SpecialType != SpecialType.System_String)
            {
                return null;
            }

            IArgumentOperation? isScript = creation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 1);
            return isScript is null || isScript.Value.ConstantValue is { HasValue: true, Value: false } ? creation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0) : null;
        }

        /// <summary>
        /// The parameters given to the command that <paramref name="addCommand"/> adds: the rest of the fluent chain, then
        /// statements on the same local, parameter or field that follow it in the same block, up to the next command.
        /// </summary>
        public List<HostParameter> ChainParameters(IInvocationOperation addCommand)
        {
            var result = new List<HostParameter>();
            IOperation current = addCommand;
            while (current.Parent is IInvocationOperation next && next.Instance == current)
            {
                if (!TryCollect(next, result))
                {
                    return result;
                }

                current = next;
            }

            ISymbol? receiver = RootSymbol(addCommand);
            if (receiver is null || current.Parent is not IExpressionStatementOperation statement || statement.Parent is not IBlockOperation block)
            {
                return result;
            }

            int index = block.Operations.IndexOf(statement);
            for (int i = index + 1; i < block.Operations.Length; i++)
            {
                IOperation following = block.Operations[i];
                if (!Mentions(following, receiver))
                {
                    continue;
                }

                if (following is not IExpressionStatementOperation { Operation: IInvocationOperation outer } || !SymbolEqualityComparer.Default.Equals(RootSymbol(outer), receiver))
                {
                    return result;
                }

                // Innermost call first.
                var calls = new List<IInvocationOperation>();
                for (IOperation? op = outer; op is IInvocationOperation call; op = call.Instance)
                {
                    calls.Insert(0, call);
                }

                foreach (IInvocationOperation call in calls)
                {
                    if (!TryCollect(call, result))
                    {
                        return result;
                    }
                }
            }

            return result;
        }

        /// <summary>Parameters added to a <c>Command</c> held in a local: <c>cmd.Parameters.Add("Credential", c)</c> / <c>Add(new CommandParameter(...))</c>.</summary>
        public List<HostParameter> CommandObjectParameters(IObjectCreationOperation creation)
        {
            var result = new List<HostParameter>();

            // command.AddCommand(new Command("Connect-...")).AddParameter(...)
            if (creation.Parent is IArgumentOperation { Parent: IInvocationOperation addCommand } && _symbols.Is(addCommand.TargetMethod, KnownMembers.AddCommand))
            {
                return ChainParameters(addCommand);
            }

            if (creation.Parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
            {
                return result;
            }

            IOperation? statement = declarator.Parent;
            while (statement != null && statement.Parent is not IBlockOperation)
            {
                statement = statement.Parent;
            }

            if (statement?.Parent is not IBlockOperation block)
            {
                return result;
            }

            ILocalSymbol local = declarator.Symbol;
            for (int i = block.Operations.IndexOf(statement) + 1; i < block.Operations.Length; i++)
            {
                if (block.Operations[i] is IExpressionStatementOperation { Operation: IInvocationOperation add }
                    && (_symbols.Is(add.TargetMethod, KnownMembers.CommandParametersAdd) || _symbols.Is(add.TargetMethod, KnownMembers.CollectionAdd))
                    && add.Instance is IPropertyReferenceOperation { Instance: ILocalReferenceOperation owner } parameters
                    && _symbols.Is(parameters.Property, KnownMembers.CommandParameters)
                    && SymbolEqualityComparer.Default.Equals(owner.Local, local))
                {
                    if (add.Arguments.Length >= 1 && add.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string name })
                    {
                        result.Add(new HostParameter(Normalize(name), add.Arguments.Length > 1 ? ValueFlow.UnwrapOrNull(add.Arguments[1].Value) : null, add, false));
                    }
                    else if (add.Arguments.Length == 1 && ValueFlow.UnwrapOrNull(add.Arguments[0].Value) is IObjectCreationOperation parameter && Is(parameter.Type, CommandParameter)
                        && parameter.Arguments.Length >= 1 && parameter.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string parameterName })
                    {
                        result.Add(new HostParameter(Normalize(parameterName), parameter.Arguments.Length > 1 ? ValueFlow.UnwrapOrNull(parameter.Arguments[1].Value) : null, add, false));
                    }
                }
            }

            return result;
        }

        /// <summary>Collects a parameter-adding call; false when the call ends the command (a new command, script or statement).</summary>
        private bool TryCollect(IInvocationOperation call, List<HostParameter> result)
        {
            IMethodSymbol method = call.TargetMethod;
            if (_symbols.Is(method, KnownMembers.AddParameter))
            {
                string? name = call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value.ConstantValue is { HasValue: true, Value: string n } ? Normalize(n) : "?";
                result.Add(new HostParameter(name, ValueFlow.UnwrapOrNull(call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 1)?.Value), call, false));
                return true;
            }

            if (_symbols.Is(method, KnownMembers.AddArgument))
            {
                result.Add(new HostParameter(null, ValueFlow.UnwrapOrNull(call.Arguments.FirstOrDefault()?.Value), call, false));
                return true;
            }

            if (_symbols.Is(method, KnownMembers.AddParameters))
            {
                CollectCollection(call, result);
                return true;
            }

            return false;
        }

        private void CollectCollection(IInvocationOperation call, List<HostParameter> result)
        {
            IOperation? value = call.Arguments.FirstOrDefault()?.Value;
            bool dictionary = call.TargetMethod.Parameters.Length == 1 && _symbols.IsType(call.TargetMethod.Parameters[0].Type, KnownTypes.IDictionary);
            if (ValueFlow.UnwrapOrNull(value) is not IObjectCreationOperation { Initializer: { } initializer })
            {
                return;
            }

            foreach (IOperation element in initializer.Initializers)
            {
                switch (element)
                {
                    case IInvocationOperation add when dictionary && add.Arguments.Length == 2:
                        if (ValueFlow.UnwrapOrNull(add.Arguments[0].Value)?.ConstantValue is { HasValue: true, Value: string key })
                        {
                            result.Add(new HostParameter(Normalize(key), ValueFlow.UnwrapOrNull(add.Arguments[1].Value), call, true));
                        }

                        break;
                    case IInvocationOperation add when !dictionary && add.Arguments.Length == 1:
                        result.Add(new HostParameter(null, ValueFlow.UnwrapOrNull(add.Arguments[0].Value), call, true));
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment when dictionary:
                        if (ValueFlow.UnwrapOrNull(indexer.Arguments[0].Value)?.ConstantValue is { HasValue: true, Value: string indexKey })
                        {
                            result.Add(new HostParameter(Normalize(indexKey), ValueFlow.UnwrapOrNull(assignment.Value), call, true));
                        }

                        break;
                }
            }
        }

        private static string Normalize(string name) => name.StartsWith("-", StringComparison.Ordinal) ? name.Substring(1) : name;

        /// <summary>The local, parameter or field at the root of a builder call chain (<c>ps</c> in <c>ps.AddStatement().AddCommand(...)</c>).</summary>
        public ISymbol? RootSymbol(IInvocationOperation invocation)
        {
            IOperation? current = invocation;
            while (current is IInvocationOperation call && IsBuilder(call.TargetMethod.ContainingType))
            {
                current = call.Instance;
            }

            return current switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                IFieldReferenceOperation field => field.Field,
                _ => null,
            };
        }

        private static bool Mentions(IOperation operation, ISymbol symbol) =>
            operation.DescendantsAndSelf().Any(o => o switch
            {
                ILocalReferenceOperation local => SymbolEqualityComparer.Default.Equals(local.Local, symbol),
                IParameterReferenceOperation parameter => SymbolEqualityComparer.Default.Equals(parameter.Parameter, symbol),
                IFieldReferenceOperation field => SymbolEqualityComparer.Default.Equals(field.Field, symbol),
                _ => false,
            });

        /// <summary>
        /// The C# front end of the sign-in matcher: the parameters given to <paramref name="cmdlet"/> (<see cref="ChainParameters"/>,
        /// <see cref="CommandObjectParameters"/>) as a call, decided by <see cref="PowerShellSignInMatcher"/> like script text.
        /// </summary>
        public static HostParameter? CredentialOf(PsSignInCmdlet cmdlet, List<HostParameter> parameters)
        {
            var call = new PsCall(
                parameters.Where(p => p.Name != null).Select(p => new PsArgument(p.Name, p.Value != null, ConstantText(p.Value), incomplete: false, p)).ToImmutableArray(),
                parameters.Where(p => p.Name is null).Select(p => new PsArgument(null, hasValue: true, ConstantText(p.Value), incomplete: false, p)).ToImmutableArray());
            return PowerShellSignInMatcher.CredentialOf(cmdlet, call)?.Origin as HostParameter;
        }

        private static string? ConstantText(IOperation? value) => value?.ConstantValue is { HasValue: true, Value: string text } ? text : null;

        /// <summary>
        /// The script text an argument carries, mapped to its source (see <see cref="ValueFlow.StringPieces"/>). Unknown
        /// values become <see cref="MappedText.Hole"/>.
        /// </summary>
        public static MappedText ScriptText(IOperation value) => MappedText.From(ValueFlow.StringPieces(value), value.Syntax.SyntaxTree);
    }
}
