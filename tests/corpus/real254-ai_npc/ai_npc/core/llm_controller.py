    def _get_openai_response(self, query):
        """Send a query to the OpenAI API and get a response."""
        # Create a system prompt that explains the task
        system_prompt = """
        You are an AI controlling NPCs in a video game. Your job is to give NPCs appropriate tasks
        based on their current state and environment.
        
        Each NPC type has specific tasks they can perform:
        
        ALL NPCs can:
        - patrol: Move between different points in the area
        - follow_player: Follow the player character at a distance
        - guard_position: Stay in one place, possibly making small movements to look around
        - wander: Move randomly around the world
        - idle: Stay still and do nothing
        - greet_nearby: Greet nearby entities, especially the player
        
        VILLAGERS can also:
        - tend_crops: Find fields (represented by trees) and work there
        - rest_at_home: Find a house to rest in
        - talk_to_others: Find other NPCs to talk to
        
        GUARDS can also:
        - inspect_surroundings: Move to and check different objects and NPCs in the area
        
        MERCHANTS can also:
        - sell_wares: Find a good spot to sell items, often near houses or other NPCs
        - manage_inventory: Stay in one place and manage their inventory
        
        Use the function to assign an appropriate task based on the NPC's type, current state, and environment.
        """
        
        # Convert query to a user message
        user_message = f"""
        NPC state:
        - ID: {query['npc_id']}
        - Type: {query['npc_type']}
        - Current task: {query['current_task']}
        - Last completed task: {query['last_completed_task']}
        - Current state: {query['current_state']}
        - Environment: {query['environment_context']}
        - Player interaction: {query['player_interaction']}
        
        Based on this information, assign a new task to the NPC using the function provided.
        Choose a task that makes sense for this type of NPC in their current situation.
        """
        
        # Call the OpenAI API with function calling
        response = self.client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": system_prompt},
                {"role": "user", "content": user_message}
            ],
            tools=self.npc_action_tools,
            tool_choice={"type": "function", "function": {"name": "assign_task_to_npc"}},
            max_tokens=LLM_MAX_TOKENS,
            temperature=0.7,
            timeout=LLM_API_TIMEOUT
        )
        
        # Extract and parse the response
        try:
            # Get the function call from the response
            tool_call = response.choices[0].message.tool_calls[0]
            if tool_call.function.name == "assign_task_to_npc":
                # Parse the arguments as JSON
                args = json.loads(tool_call.function.arguments)
                task = args.get("task", "idle")
                description = args.get("task_description", "")
                
                # Format a user-friendly task description from the function call
                if description:
                    full_task = f"{task.replace('_', ' ')}: {description}"
                else:
                    full_task = task.replace('_', ' ')
                
                return {"new_task": full_task}
            
            # Fallback if the function call format is unexpected
            return {"new_task": "idle"}
            
        except (json.JSONDecodeError, AttributeError, IndexError) as e:
            # Log the error and fall back to text extraction
            print(f"Error parsing LLM function call: {e}")
            print(f"Raw response: {response}")
            
            # Attempt to extract useful content from a text response if function call failed
            content = response.choices[0].message.content
            if content:
                # Try different extraction methods as before
                task_match = re.search(r'task["\s:]+([^"]+?)["\s}]', content)
                if task_match:
                    return {"new_task": task_match.group(1).strip()}
            
            # Last resort fallback
            return {"new_task": "idle"}
