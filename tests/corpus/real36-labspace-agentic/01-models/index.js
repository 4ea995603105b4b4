// You will write some code to use Docker Model Runner here!
