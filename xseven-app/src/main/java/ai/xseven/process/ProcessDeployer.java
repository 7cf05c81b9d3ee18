package ai.xseven.process;

import ai.xseven.plugin.PluginRegistry;
import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the shipped diagrams of {@code processes/} at start-up (not {@code processes/templates/},
 * the starting points of new diagrams). Duplicate filtering makes an unchanged diagram stay at its
 * version; every plugin a diagram names must be installed, or the application refuses to start
 * rather than fail in the middle of a conversation.
 *
 * <p>The restart rule: duplicate filtering compares each file with the latest one of the same
 * name in the deployments named {@value #DEPLOYMENT_NAME}, never with what an analyst deployed
 * from the studio (those deployments are named after the process key, see {@link
 * ProcessStudio}). So a restart leaves an analyst's version the latest as long as the shipped
 * file did not change; a release that changes the shipped file deploys it as a new version, on
 * top of the analyst's.
 */
@Component
class ProcessDeployer {

  private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);
  static final String DEPLOYMENT_NAME = "xseven-shipped";
  private static final String LOCATION = "classpath*:processes/*.bpmn";

  private final RepositoryService repository;
  private final PluginRegistry plugins;

  ProcessDeployer(RepositoryService repository, PluginRegistry plugins) {
    this.repository = repository;
    this.plugins = plugins;
  }

  @PostConstruct
  void deployShippedProcesses() throws IOException {
    Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
    DeploymentBuilder deployment =
        repository.createDeployment().name(DEPLOYMENT_NAME).enableDuplicateFiltering(true);
    for (Resource resource : resources) {
      BpmnModelInstance model;
      try (InputStream in = resource.getInputStream()) {
        model = Bpmn.readModelFromStream(in);
      }
      List<String> missing = missingPlugins(model);
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            resource.getFilename() + " calls plugins that are not installed: " + missing);
      }
      deployment.addModelInstance(resource.getFilename(), model);
    }
    var deployed = deployment.deployWithResult();
    log.info("Deployed {} shipped diagrams (deployment {})", resources.length, deployed.getId());
  }

  private List<String> missingPlugins(BpmnModelInstance model) {
    List<String> missing = new ArrayList<>();
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      String name = PluginTaskDelegate.pluginProperty(task);
      if (name == null || plugins.find(name).isEmpty()) {
        missing.add(task.getId() + " -> " + name);
      }
    }
    return missing;
  }
}
