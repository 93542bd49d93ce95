using System.Collections.Concurrent;
using System.Reflection;
using Participatie.Workflows.Activities;
using Participatie.Workflows.Model;

namespace Participatie.Workflows.Registry;

/// <summary>
/// The activity types an engine knows. Built-in Elsa activities are registered by <see cref="CreateDefault"/>;
/// the Host adds its domain activities with <see cref="Register{TActivity}"/>. Workflows usable as activities are
/// described on the fly from their definitions (see <see cref="DescribeWorkflow"/>).
/// </summary>
public sealed class ActivityRegistry
{
    private readonly ConcurrentDictionary<string, ActivityDescriptor> _descriptors = new(StringComparer.Ordinal);

    /// <summary>A registry with every built-in activity.</summary>
    public static ActivityRegistry CreateDefault()
    {
        var registry = new ActivityRegistry();
        foreach (var type in typeof(ActivityRegistry).Assembly.GetTypes())
            if (type.IsClass && !type.IsAbstract && type.IsPublic && typeof(Activity).IsAssignableFrom(type) && type.GetCustomAttribute<ActivityAttribute>() is not null)
                registry.Register(type);
        return registry;
    }

    /// <summary>Registers an activity class (needs <see cref="ActivityAttribute"/> and a public parameterless constructor).</summary>
    public ActivityDescriptor Register<TActivity>() where TActivity : Activity, new() => Register(typeof(TActivity));

    public ActivityDescriptor Register(Type type)
    {
        var descriptor = Describe(type);
        _descriptors[descriptor.TypeName] = descriptor;
        return descriptor;
    }

    /// <summary>Registers a descriptor built by hand.</summary>
    public void Register(ActivityDescriptor descriptor) => _descriptors[descriptor.TypeName] = descriptor;

    public ActivityDescriptor? Find(string typeName) => _descriptors.GetValueOrDefault(typeName);

    /// <summary>All registered descriptors (for the designer palette), ordered by category and name.</summary>
    public IReadOnlyList<ActivityDescriptor> List() =>
        _descriptors.Values.OrderBy(d => d.Category, StringComparer.Ordinal).ThenBy(d => d.TypeName, StringComparer.Ordinal).ToList();

    /// <summary>Builds a descriptor from an activity class.</summary>
    public static ActivityDescriptor Describe(Type type)
    {
        var attribute = type.GetCustomAttribute<ActivityAttribute>()
            ?? throw new ArgumentException($"{type.Name} has no [Activity] attribute.", nameof(type));
        if (type.GetConstructor(Type.EmptyTypes) is null)
            throw new ArgumentException($"{type.Name} needs a public parameterless constructor.", nameof(type));
        var inputs = new List<InputDescriptor>();
        var outputs = new List<OutputDescriptor>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var pt = property.PropertyType;
            if (pt.IsGenericType && pt.GetGenericTypeDefinition() == typeof(Input<>))
            {
                var a = property.GetCustomAttribute<InputAttribute>();
                var clr = pt.GetGenericArguments()[0];
                inputs.Add(new InputDescriptor(ActivityTypeNames.Camel(property.Name), TypeLabel(clr), clr, a?.Description, a?.DisplayName, a?.UIHint));
            }
            else if (pt.IsGenericType && pt.GetGenericTypeDefinition() == typeof(Output<>))
            {
                var clr = pt.GetGenericArguments()[0];
                outputs.Add(new OutputDescriptor(ActivityTypeNames.Camel(property.Name), TypeLabel(clr), clr, property.GetCustomAttribute<OutputAttribute>()?.Description));
            }
        }
        var ports = type.GetCustomAttribute<PortsAttribute>()?.Outcomes ?? ["Done"];
        var factory = () => (Activity)Activator.CreateInstance(type)!;
        return new ActivityDescriptor(
            attribute.TypeName ?? $"{attribute.Namespace}.{type.Name}",
            attribute.Category,
            attribute.DisplayName ?? type.Name,
            attribute.Description,
            inputs,
            outputs,
            ports,
            factory)
        {
            IsContainer = typeof(IContainerActivity).IsAssignableFrom(type) || typeof(IBodyActivity).IsAssignableFrom(type),
        };
    }

    /// <summary>Describes a workflow definition used as an activity: its inputs, outputs and outcomes.</summary>
    public static ActivityDescriptor DescribeWorkflow(WorkflowDefinition definition) => new(
        definition.ActivityTypeName,
        definition.ActivityCategory ?? "Workflows",
        definition.Name ?? definition.DefinitionId,
        definition.Description,
        definition.Inputs.Select(i => new InputDescriptor(ActivityTypeNames.Camel(i.Name), i.Type, typeof(object), i.Description, i.DisplayName)).ToList(),
        definition.Outputs.Select(o => new OutputDescriptor(ActivityTypeNames.Camel(o.Name), o.Type, typeof(object), o.Description)).ToList(),
        definition.Outcomes.Count > 0 ? [.. definition.Outcomes] : ["Done"],
        () => new Activities.Composition.WorkflowDefinitionActivity())
    {
        WorkflowDefinitionId = definition.DefinitionId,
    };

    private static string TypeLabel(Type t) =>
        t == typeof(string) ? "String" : t == typeof(bool) ? "Boolean" : t == typeof(int) ? "Int32" : t == typeof(object) ? "Object" : t.Name;
}
