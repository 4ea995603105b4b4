import os, time, re, json
import logging, backoff
import pyarrow as pa
import pyarrow.parquet as pq
from transformers import AutoTokenizer, AutoModelForCausalLM
from openai import OpenAI
from dotenv import load_dotenv


class DatasetBuilderAndSaver():

    def __init__(self):
        logging.basicConfig(level=logging.INFO, format='%(asctime)s - %(levelname)s - %(message)s')
        self.logger = logging.getLogger(__name__)
        load_dotenv()
        # 以下是本地模型的调用,非在线模型服务调用
        # model_name = ""
        # self.tokenizer = AutoTokenizer.from_pretrained(model_name)
        self.openai = OpenAI()

    def read_file(self, file_name: str):
        with open(file_name, "r", encoding="utf-8") as file:
            return file.read()

    def gen_dataset(self, files_dir: str, entries_per_file: int = 2):
        result_list = []
        for file_name in os.listdir(files_dir):
            if file_name.endswith(".txt"):
                file_content = self.read_file(os.path.join(files_dir, file_name))
                for j in range(entries_per_file):
                    output = self.gen_single_entry(file_content)
                    if output and all(key in output for key in ["instruction", "input", "output", "text"]):
                        result_list.append(output)
                    time.sleep(2)
        return result_list

    @backoff.on_exception(backoff.expo, Exception, max_tries=3)
    def gen_single_entry(self, input: str):
        prompt = f"""
            基于以下文本，生成1个用于指令数据集的高质量条目。
            文本内容：
            {input}
            请以JSON格式生成条目：{{"instruction": "...", "input": "...", "output": "..."}}
            """
        response = self.openai.chat.completions.create(
            model="gpt-4o-mini",
            messages = [{"role": "user", "content": prompt}],
            temperature=0.7, max_tokens=4098
        )
        response_content = response.choices[0].message.content
        json_match = re.search(r"\{.*\}", response_content, re.DOTALL)
        entry = json.loads(json_match.group()) if json_match else {}
        if all(key in entry for key in ['instruction', 'input', 'output']):
            entry['text'] = f"### Instruction: {entry['instruction']}\n### Input: {entry['input']}\n### Response: {entry['output']}"
            return entry
        return []

    def save_as_pq(self, content_list: list[dict], save_dir: str):
        if not os.path.exists(save_dir):
            os.mkdir(save_dir)
        output_file = os.path.join(save_dir, "instruction_dataset.parquet")
        schema = ["instruction", "input", "output", "text"]
        arrays = [pa.array([c[k] for c in content_list]) for k in schema]
        pq.write_table(pa.Table.from_arrays(arrays, schema), output_file)


def build_data():
    builder = DatasetBuilderAndSaver()
    input_dir = "data/hong_lou_meng/output"
    save_dir = "data/hong_lou_meng/datasets"
    items = builder.gen_dataset(input_dir)
    builder.save_as_pq(items, save_dir)
    builder.logger.info(f"数据集已生成并保存到 {save_dir}")


if __name__ == "__main__":
    build_data()
