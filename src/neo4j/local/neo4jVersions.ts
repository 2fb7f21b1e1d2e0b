/** Maven Central coordinates of the local server; 5.26 is the LTS line. */
export const NEO4J_VERSION = '5.26.30';
export const NEO4J_BROWSER_VERSION = '5.24.0';
export const MAVEN_DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';
