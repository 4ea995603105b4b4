package ai.demo.springagent.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@ConfigurationProperties(prefix = "ai")
public class AiModelConfiguration {

    private String model = "gpt-5-nano"; // default model

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }
}
