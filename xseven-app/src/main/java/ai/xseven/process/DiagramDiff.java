package ai.xseven.process;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Which elements two versions of a diagram add, remove or change. An element is anything with an
 * id outside the diagram's layout (BPMNDiagram): moving a shape is not a change. An element's
 * content is its attributes and its extension elements and event definitions; its incoming and
 * outgoing references are left out, as the sequence flows themselves show the rewiring.
 */
final class DiagramDiff {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  private DiagramDiff() {}

  static List<DiagramChange> between(String before, String after) {
    Map<String, Element> old = elements(before);
    Map<String, Element> now = elements(after);
    List<DiagramChange> changes = new ArrayList<>();
    now.forEach((id, element) -> {
      Element previous = old.get(id);
      if (previous == null) {
        changes.add(change(DiagramChange.Kind.ADDED, id, element, ""));
      } else {
        String detail = difference(previous, element);
        if (detail != null) {
          changes.add(change(DiagramChange.Kind.CHANGED, id, element, detail));
        }
      }
    });
    old.forEach((id, element) -> {
      if (!now.containsKey(id)) {
        changes.add(change(DiagramChange.Kind.REMOVED, id, element, ""));
      }
    });
    return changes;
  }

  private static DiagramChange change(DiagramChange.Kind kind, String id, Element element,
      String detail) {
    String name = element.getAttribute("name");
    return new DiagramChange(kind, id, name.isEmpty() ? null : name, element.getLocalName(),
        detail);
  }

  /** Null when equal; otherwise what differs, e.g. "name, properties". */
  private static String difference(Element before, Element after) {
    List<String> differs = new ArrayList<>();
    Map<String, String> a = attributes(before);
    Map<String, String> b = attributes(after);
    for (String name : union(a.keySet(), b.keySet())) {
      if (!Objects.equals(a.get(name), b.get(name))) {
        differs.add(name);
      }
    }
    if (!content(before).equals(content(after))) {
      differs.add("properties");
    }
    return differs.isEmpty() ? null : String.join(", ", differs);
  }

  private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
    java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static Map<String, Element> elements(String xml) {
    Map<String, Element> byId = new LinkedHashMap<>();
    collect(parse(xml).getDocumentElement(), byId);
    return byId;
  }

  private static void collect(Element element, Map<String, Element> byId) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && BPMN.equals(e.getNamespaceURI())) {
        if (isEntry(e)) {
          byId.put(e.getAttribute("id"), e);
        }
        collect(e, byId);
      }
    }
  }

  /** Elements listed in the diff; event definitions and the like belong to their parent. */
  private static boolean isEntry(Element e) {
    String name = e.getLocalName();
    return e.hasAttribute("id") && !name.endsWith("EventDefinition")
        && !name.equals("extensionElements") && !name.equals("documentation");
  }

  private static Map<String, String> attributes(Element element) {
    Map<String, String> attributes = new TreeMap<>();
    NamedNodeMap all = element.getAttributes();
    for (int i = 0; i < all.getLength(); i++) {
      Node attribute = all.item(i);
      if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
        attributes.put(attribute.getNodeName(), attribute.getNodeValue());
      }
    }
    return attributes;
  }

  /** The element's own content: children that are not listed entries themselves. */
  private static String content(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        boolean reference = BPMN.equals(e.getNamespaceURI())
            && (e.getLocalName().equals("incoming") || e.getLocalName().equals("outgoing"));
        if (reference || (BPMN.equals(e.getNamespaceURI()) && isEntry(e))) {
          continue;
        }
        text.append('<').append(e.getNodeName()).append(attributes(e)).append('>')
            .append(content(e)).append("</>");
      } else if (child.getNodeType() == Node.TEXT_NODE
          || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue().strip());
      }
    }
    return text.toString();
  }

  private static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalArgumentException("A version's XML cannot be read: " + e.getMessage(), e);
    }
  }
}
