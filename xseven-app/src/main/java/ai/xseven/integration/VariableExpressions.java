package ai.xseven.integration;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Properties;
import java.util.function.Function;
import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.SimpleContext;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;

/**
 * Evaluates {@code ${...}} expressions in the language of the diagram's own conditions (the JUEL
 * the engine uses), against process variables — but with a restricted resolver: variables, and
 * entries of maps, lists and arrays, read-only. No bean, no method call, no class: an expression
 * can compute ({@code ${price * quantity}}, {@code ${total > 100 ? 'large' : 'small'}}) and read
 * ({@code ${httpResponse.body.items[0].name}}), never act.
 */
final class VariableExpressions {

  private static final ExpressionFactoryImpl FACTORY = new ExpressionFactoryImpl(properties());

  private VariableExpressions() {}

  /**
   * The value of {@code expression} ({@code ${...}}, or text with {@code ${...}} in it, which
   * yields text).
   *
   * @param variables a variable by name; null when there is none
   * @throws IllegalArgumentException with the problem in a sentence
   */
  static Object evaluate(String expression, Function<String, Object> variables) {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new Variables(variables));
    resolver.add(new MapELResolver(true));
    resolver.add(new ListELResolver(true));
    resolver.add(new ArrayELResolver(true));
    SimpleContext context = new SimpleContext(resolver);
    try {
      return FACTORY.createValueExpression(context, expression, Object.class).getValue(context);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(e.getMessage() == null ? e.toString() : e.getMessage(),
          e);
    }
  }

  private static Properties properties() {
    Properties properties = new Properties();
    properties.setProperty(ExpressionFactoryImpl.PROP_METHOD_INVOCATIONS, "false");
    properties.setProperty(ExpressionFactoryImpl.PROP_VAR_ARGS, "false");
    properties.setProperty(ExpressionFactoryImpl.PROP_NULL_PROPERTIES, "false");
    return properties;
  }

  /** Top-level names are process variables; an unknown one is an error, as in a condition. */
  private static final class Variables extends ELResolver {

    private final Function<String, Object> variables;

    Variables(Function<String, Object> variables) {
      this.variables = variables;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      if (base != null) {
        return null;
      }
      String name = String.valueOf(property);
      Object value = variables.apply(name);
      if (value == null) {
        throw new PropertyNotFoundException("there is no process variable '" + name + "'");
      }
      context.setPropertyResolved(true);
      return value;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
      // read-only: nothing is resolved here, so the composite refuses the write
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
      return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return base == null ? String.class : null;
    }
  }
}
