from crewai import Agent, Task, Crew, Process
# from crewai.tools import SerperDevTool, ScrapeWebsiteTool


class CrewFeatureDevelopment():

    def product_manager_agent(self) -> Agent:
        return Agent(
            role="Product Manager",
            goal="Turn vague feature requests into clear specifications with acceptance criteria.",
            backstory="You bridge customer needs and the engineering team, shaping ideas into "
                      "prioritised, structured tasks.",
            verbose=True,
            allow_delegation=True,
        )

    def uiux_designer_agent(self) -> Agent:
        return Agent(
            role="UI/UX Designer",
            goal="Produce wireframe-style briefs balancing aesthetics, accessibility and usability.",
            backstory="You turn requirements into user journeys, wireframes and style notes.",
            verbose=True,
            allow_delegation=True,
        )

    def backend_engineer_agent(self) -> Agent:
        return Agent(
            role="Backend Engineer",
            goal="Define scalable APIs, database schemas and server-side logic for new features.",
            backstory="You care about performance, security and clean architecture.",
            verbose=True,
            allow_delegation=True,
        )

    def frontend_engineer_agent(self) -> Agent:
        return Agent(
            role="Frontend Engineer",
            goal="Build accessible UI components wired to the backend APIs.",
            backstory="You turn design briefs into working HTML, CSS and JS.",
            verbose=True,
            allow_delegation=True,
        )

    def product_design_task(self) -> Task:
        return Task(
            description="Break the raw feature request {feature_request} into a product specification.",
            expected_output="A JSON specification with fields: feature, goals, requirements, acceptance_criteria.",
            agent=self.product_manager_agent(),
        )

    def frontend_development_task(self) -> Task:
        return Task(
            description="Using the design brief and backend API plan, generate frontend code (HTML, CSS, JS).",
            expected_output="Code that implements the login page UI connected to backend endpoints.",
            agent=self.frontend_engineer_agent(),
            output_file="frontend_code.html",
        )

    def product_feature_crew(self) -> Crew:
        return Crew(
            agents=[self.product_manager_agent(), self.uiux_designer_agent(),
                    self.backend_engineer_agent(), self.frontend_engineer_agent()],
            tasks=[self.product_design_task(), self.frontend_development_task()],
            process=Process.sequential,
            verbose=True,
        )
