"""The 问答 tab: chat with cited answers, filters for region and bulletin, example questions."""
from __future__ import annotations

from dataclasses import dataclass

import gradio as gr

from ui.render import html_text
from ui.service import ALL, BulletinService
from ui.stream import answer_messages

PLACEHOLDER = "向已索引的公报提问，例如某地某项指标是多少。回答中的 [n] 可点击，指向下方引用的原文。"


@dataclass
class ChatTab:
    region: gr.Dropdown
    bulletin: gr.Dropdown
    examples: gr.Dataset
    chatbot: gr.Chatbot
    answers: gr.State  # per turn: {question, history, result, index_version}, for feedback on it


def choice_updates(service: BulletinService) -> tuple:
    """New choices for the region and bulletin filters and new example questions, from the index."""
    service.refresh()
    return (gr.Dropdown(choices=[ALL, *service.regions()]),
            gr.Dropdown(choices=[(ALL, ALL), *service.bulletins()]),
            gr.Dataset(samples=[[q] for q in service.examples()]))


def build(service: BulletinService) -> ChatTab:
    history = gr.State([])  # this session's messages: [{role, content}], content already rendered
    asked = gr.State([])    # this session's questions as typed, oldest first: the conversation follow-ups read
    answers = gr.State([])
    with gr.Row(equal_height=False):
        with gr.Column(scale=4):
            chatbot = gr.Chatbot(label="问答", show_label=False, elem_id="bqa-chat", height=640, latex_delimiters=[],
                                 buttons=["copy"], feedback_options=("Like", "Dislike"), placeholder=PLACEHOLDER,
                                 group_consecutive_messages=False)
            with gr.Row():
                question = gr.Textbox(show_label=False, placeholder="输入问题，按回车提问",
                                      elem_id="bqa-question", scale=5, max_length=500, autofocus=True)
                ask = gr.Button("提问", variant="primary", elem_id="bqa-ask", scale=1, min_width=90)
        with gr.Column(scale=1, min_width=240):
            region = gr.Dropdown(label="地区", choices=[ALL, *service.regions()], value=ALL,
                                 elem_id="bqa-region")
            bulletin = gr.Dropdown(label="公报", choices=[(ALL, ALL), *service.bulletins()], value=ALL,
                                   elem_id="bqa-bulletin")
            examples = gr.Dataset(label="示例问题", components=[gr.Textbox(visible=False)],
                                  samples=[[q] for q in service.examples()], elem_id="bqa-examples",
                                  layout="table")

    def respond(text: str, messages: list, questions: list, turns: list, region_value: str, doc_value: str):
        text = (text or "").strip()
        if not text:
            yield gr.update(), messages, messages, questions, turns
            return
        shown = messages + [{"role": "user", "content": html_text(text)}]
        for content, result in answer_messages(service, text, len(messages) // 2 + 1, region=region_value,
                                               doc=doc_value, history=questions):
            current = shown + [{"role": "assistant", "content": content}]  # a draft, then the final answer
            if result is not None:  # the final answer: kept for feedback
                turns = turns + [{"question": text, "history": questions, "result": result,
                                  "index_version": service.qa.snapshot.version}]
            yield "", current, current, questions + [text], turns

    inputs = [question, history, asked, answers, region, bulletin]
    outputs = [question, chatbot, history, asked, answers]
    events = dict(fn=respond, inputs=inputs, outputs=outputs, api_visibility="undocumented",
                  show_progress="minimal")
    gr.on([ask.click, question.submit], **events)
    examples.click(lambda sample: sample[0] if isinstance(sample, list) else sample, examples, question,
                   api_visibility="undocumented", show_progress="hidden").then(**events)
    chatbot.clear(lambda: ([], [], []), None, [history, asked, answers], api_visibility="undocumented")
    return ChatTab(region, bulletin, examples, chatbot, answers)
