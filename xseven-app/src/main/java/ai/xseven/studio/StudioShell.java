package ai.xseven.studio;

import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The studio's page shell. Every npm package of the studio is pinned here, in one place, so the
 * production bundle ({@code src/main/bundles/prod.bundle}) changes only when a version does.
 * {@code preact} is pinned because without it the template chooser opens empty (shared/STACK.md).
 */
@Push
@Theme(themeClass = Lumo.class)
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@NpmPackage(value = "diagram-js", version = "15.28.1")
@NpmPackage(value = "bpmn-js-properties-panel", version = "6.0.1")
@NpmPackage(value = "@bpmn-io/properties-panel", version = "3.55.0")
@NpmPackage(value = "camunda-bpmn-moddle", version = "8.0.1")
@NpmPackage(value = "camunda-bpmn-js-behaviors", version = "1.18.0")
@NpmPackage(value = "bpmn-js-element-templates", version = "2.37.0")
@NpmPackage(value = "@bpmn-io/element-template-chooser", version = "3.0.0")
@NpmPackage(value = "preact", version = "10.29.8")
@NpmPackage(value = "codemirror", version = "6.0.2")
@NpmPackage(value = "@codemirror/state", version = "6.7.6")
@NpmPackage(value = "@codemirror/view", version = "6.43.15")
@NpmPackage(value = "@codemirror/language", version = "6.13.1")
@NpmPackage(value = "@codemirror/legacy-modes", version = "6.5.5")
@NpmPackage(value = "@codemirror/lint", version = "6.9.8")
class StudioShell implements AppShellConfigurator {}
